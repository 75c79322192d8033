/* Office errors in plain words, with what to do, in both languages. */
import { describeExcelError, ExcelAdapterError, officeErrorCode } from "../../src/excel";
import { FakeOfficeError } from "../support/excel-fake";

const office = (code: string, message = "x") => new FakeOfficeError(code, message, "Range.values");

describe("describeExcelError", () => {
  it.each([
    ["ItemNotFound", "已不存在", "no longer exists"],
    ["AccessDenied", "撤消工作表保护", "Unprotect"],
    ["InvalidOperationInCellEditMode", "按 Enter 或 Esc", "Press Enter or Esc"],
    ["RequestPayloadSizeLimitExceeded", "5 MB", "5 MB"],
    ["GeneralException", "重新打开", "reopen"],
    ["ConnectionFailure", "连接中断", "connection to Excel was lost"],
  ])("%s", (code, zh, en) => {
    expect(describeExcelError(office(code), "zh-CN")).toContain(zh);
    expect(describeExcelError(office(code), "en-US")).toContain(en);
  });

  it("reads the code from debugInfo when the error has no top-level code", () => {
    const e = Object.assign(new Error("RichApi.Error"), { debugInfo: { code: "AccessDenied", message: "" } });
    expect(officeErrorCode(e)).toBe("AccessDenied");
    expect(describeExcelError(e, "en-US")).toContain("protected");
  });

  it("recognises a dropped connection from the message alone", () => {
    expect(describeExcelError(new TypeError("Failed to fetch"), "zh-CN")).toContain("连接中断");
  });

  it("keeps the code and text of an error it does not know, so it can be reported", () => {
    const text = describeExcelError(office("Unsupported", "This operation is not implemented."), "en-US");
    expect(text).toContain("Unsupported: This operation is not implemented.");
  });

  it("words the adapter's own errors in the language asked, whatever language they were raised in", () => {
    const e = new ExcelAdapterError("sheetMissing", { sheet: "收文登记簿" }, "zh-CN");
    expect(e.message).toContain("找不到工作表“收文登记簿”");
    expect(describeExcelError(e, "en-US")).toBe(
      "Sheet '收文登记簿' was not found. It may have been renamed or deleted; refresh the task pane and try again.",
    );
  });
});

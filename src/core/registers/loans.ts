/**
 * 借阅登记: loans of archive files, books and equipment filed on a 借阅单 (issue #15). Not in REGISTERS.md: a small
 * register added so the form has a register to land in; documented as an extension in docs/forms.md.
 */
import { T, col, dateOrderRule, dept, msg, needsWhen, person, statusIn } from "./kit";
import type { RegisterDef } from "./types";

export const loans: RegisterDef = {
  id: "loans",
  sheet: "借阅登记",
  en: "Loans",
  tableName: "Loans",
  key: ["借阅单号"],
  columns: [
    col("借阅单号", "Loan no.", T.text(), { required: true, unique: true }),
    person("借阅人", "Borrower", { required: true }),
    dept("部门", "Department", { required: true }),
    col("借阅物品", "Item", T.text(200), { required: true, width: 24, synonyms: ["档号/名称", "借阅资料"] }),
    col("类别", "Kind", T.enumOf(["档案", "图书资料", "设备", "其他"])),
    col("用途", "Purpose", T.text(200), { width: 20 }),
    col("借出日期", "Lent on", T.date(), { required: true }),
    col("应还日期", "Due back", T.date(), { required: true }),
    col("归还日期", "Returned on", T.date()),
    person("经办人", "Handled by"),
    col("状态", "Status", T.enumOf(["借出中", "已归还", "逾期未还"])),
  ],
  rules: [
    dateOrderRule([
      ["借出日期", "应还日期"],
      ["借出日期", "归还日期"],
    ]),
    needsWhen(
      "status-needs-date",
      "error",
      { default: msg("状态为“{state}”时须填写{col}", "A status of “{state}” needs {col}") },
      statusIn("状态", ["已归还"]),
      ["归还日期"],
    ),
  ],
};

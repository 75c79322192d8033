/**
 * Register workbooks for the refresh benchmarks, written as package XML directly (building 100,000 rows through
 * ExcelJS would take longer than the refresh being measured): a 收文登记簿 with dates, numbers and text, optionally a
 * stray value in row 1,048,576 and whole-column data validations.
 */
import JSZip from "jszip";
import { ymdToSerial } from "../src/core/dates";

const HEADERS = [
  "收文编号",
  "收文日期",
  "来文单位",
  "文件标题",
  "密级",
  "份数",
  "办理部门",
  "承办人",
  "办理期限",
  "传阅开始日期",
  "收回日期",
  "办结日期",
];
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface InputOptions {
  rows: number;
  strayFarCell?: boolean;
  wholeColumnValidation?: boolean;
}

export async function registerWorkbook(options: InputOptions): Promise<Uint8Array> {
  const letters = "ABCDEFGHIJKL";
  const str = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const num = (ref: string, n: number, date = false) => `<c r="${ref}"${date ? ' s="1"' : ""}><v>${n}</v></c>`;
  const parts: string[] = [`<row r="1">${HEADERS.map((h, i) => str(`${letters[i]}1`, h)).join("")}</row>`];
  const base = ymdToSerial(2026, 1, 5);
  for (let i = 0; i < options.rows; i++) {
    const r = i + 2;
    const day = base + (i % 300);
    parts.push(
      `<row r="${r}">${str(`A${r}`, `SW-2026-${String(i + 1).padStart(6, "0")}`)}${num(`B${r}`, day, true)}${str(`C${r}`, ["市教育局", "区财政局", "区卫健委"][i % 3] as string)}` +
        `${str(`D${r}`, `关于第${i + 1}项工作的通知`)}${str(`E${r}`, i % 7 === 0 ? "内部" : "公开")}${num(`F${r}`, 1 + (i % 4))}${str(`G${r}`, "综合办")}${str(`H${r}`, "王芳")}` +
        `${num(`I${r}`, day + 10, true)}${num(`J${r}`, day, true)}${i % 2 === 0 ? num(`K${r}`, day + 2, true) : ""}${i % 3 === 0 ? num(`L${r}`, day + 5, true) : ""}</row>`,
    );
  }
  if (options.strayFarCell) parts.push(`<row r="1048576">${str("Z1048576", "底")}</row>`);
  const validations = options.wholeColumnValidation
    ? '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="E1:E1048576"><formula1>"公开,内部,秘密"</formula1></dataValidation>' +
      '<dataValidation type="whole" allowBlank="1" sqref="F1:F1048576"><formula1>1</formula1><formula2>99</formula2></dataValidation></dataValidations>'
    : "";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="收文登记簿" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${parts.join("")}</sheetData>${validations}</worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

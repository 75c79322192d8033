/** Messages of form import and export (issue #15), zh-CN and en-US. */
import { defineMessages } from "../i18n";

export const FORM_MESSAGES = defineMessages({
  notAForm: {
    "zh-CN": "{file}：不是表单，也不是{register}的数据表（未找到表单标题或台账表头）",
    "en-US": "{file}: neither a form nor a sheet of {register} rows (no form title and no register header found)",
  },
  otherKind: {
    "zh-CN": "{file}：这是{found}，不是{expected}，不能导入{register}",
    "en-US": "{file}: this is {found}, not {expected}; it cannot go into {register}",
  },
  fieldMissing: {
    "zh-CN": "{file}：找不到字段“{field}”（既没有名称 {name}，也没有该标签）",
    "en-US": "{file}: the field '{field}' is not there (neither the name {name} nor its label)",
  },
  columnMissing: {
    "zh-CN": "{sheet} 没有“{field}”列，无法写入；请先在表头加上这一列",
    "en-US": "{sheet} has no column '{field}' to write into; add it to the header first",
  },
  noRoom: {
    "zh-CN": "{sheet} 第 {row} 行以下已有内容（如合计行），无法在表尾追加；请先移开这些行",
    "en-US":
      "{sheet} has content below row {row} (a totals row?), so rows cannot be appended at the end; move those rows first",
  },
  conflict: {
    "zh-CN": "{key} 已在{sheet}第 {row} 行，但“{field}”不同：台账为“{existing}”，表单为“{incoming}”",
    "en-US":
      "{key} is already on row {row} of {sheet} but '{field}' differs: the register has '{existing}', the form '{incoming}'",
  },
  formulaText: {
    "zh-CN": "“{field}”的内容以“=”开头（{value}），写入台账会成为公式，已拒绝；请去掉开头的“=”",
    "en-US":
      "'{field}' starts with '=' ({value}); written into the register it would become a formula, so it is refused: remove the leading '='",
  },
  emptyFile: { "zh-CN": "{file}：没有数据行", "en-US": "{file}: no data rows" },
  unknownForm: { "zh-CN": "未知的表单“{name}”。可用：{forms}", "en-US": "unknown form '{name}'. Known: {forms}" },
});

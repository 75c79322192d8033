/** The 表单 page's words, zh-CN and en-US. */
import { defineMessages } from "../../../core/i18n";

export const FORMS_PAGE_MESSAGES = defineMessages({
  title: { "zh-CN": "表单", "en-US": "Forms" },
  exportTitle: { "zh-CN": "由台账生成表单", "en-US": "Forms from register rows" },
  form: { "zh-CN": "表单", "en-US": "Form" },
  keys: { "zh-CN": "编号（多个用逗号分隔）", "en-US": "Keys (separated by commas)" },
  generate: { "zh-CN": "生成表单", "en-US": "Make forms" },
  generated: {
    "zh-CN": "此 Excel 无法新建工作簿，已在本工作簿中添加 {n} 张表单工作表：{sheets}",
    "en-US": "This Excel cannot open a new workbook, so {n} form sheets were added to this workbook: {sheets}",
  },
  generatedNewWorkbook: {
    "zh-CN": "已在新工作簿中生成 {n} 张表单：{sheets}。Excel 已在新窗口中打开它，本工作簿未改动；请记得保存新工作簿",
    "en-US":
      "Made {n} forms in a new workbook: {sheets}. Excel opened it in a new window and this workbook is unchanged; remember to save the new one",
  },
  unknownKeys: { "zh-CN": "{sheet} 中没有这些编号：{keys}", "en-US": "{sheet} has no rows with these keys: {keys}" },
  noRegister: {
    "zh-CN": "工作簿中没有{sheet}，无法生成{form}",
    "en-US": "The workbook has no {sheet} to fill the {form} from",
  },
  fromSelection: { "zh-CN": "取选中的行", "en-US": "Use selected rows" },
  selectionKeys: {
    "zh-CN": "已从{sheet}中选中的 {n} 行取得编号",
    "en-US": "Took the keys of the {n} rows selected in {sheet}",
  },
  "selection/none": {
    "zh-CN": "无法读取当前选中的单元格，请直接填写编号",
    "en-US": "The selected cells cannot be read here; type the keys instead",
  },
  "selection/other-sheet": {
    "zh-CN": "当前选中的是工作表“{selected}”。请先在“{sheet}”中选中要生成表单的行，再点“取选中的行”",
    "en-US": "The selection is on sheet '{selected}'. Select the rows on '{sheet}' first, then click Use selected rows",
  },
  "selection/no-rows": {
    "zh-CN": "选中的区域里没有“{sheet}”的数据行，请选中要生成表单的行",
    "en-US": "The selection holds no data rows of '{sheet}'; select the rows to make forms for",
  },
  needKeys: { "zh-CN": "请填写要生成表单的编号", "en-US": "Enter the keys of the rows to make forms for" },
  importTitle: { "zh-CN": "导入填好的表单或 CSV", "en-US": "Import filled forms or CSV" },
  files: { "zh-CN": "选择文件（可多选）", "en-US": "Choose files (several allowed)" },
  preview: { "zh-CN": "导入预览：{sheet}", "en-US": "Import preview: {sheet}" },
  file: { "zh-CN": "文件", "en-US": "File" },
  key: { "zh-CN": "编号", "en-US": "Key" },
  action: { "zh-CN": "处理", "en-US": "Action" },
  problems: { "zh-CN": "问题", "en-US": "Problems" },
  "action/append": { "zh-CN": "追加", "en-US": "append" },
  "action/skip": { "zh-CN": "已有，跳过", "en-US": "already there, skip" },
  "action/conflict": { "zh-CN": "冲突", "en-US": "conflict" },
  "action/error": { "zh-CN": "有错误", "en-US": "error" },
  update: {
    "zh-CN": "冲突时以表单为准（更新台账）",
    "en-US": "On conflict take the form's values (update the register)",
  },
  import: { "zh-CN": "导入", "en-US": "Import" },
  blockedErrors: {
    "zh-CN": "有文件存在错误，全部不会导入（全有或全无）",
    "en-US": "Some files have errors, so nothing will be imported (all or nothing)",
  },
  blockedConflicts: {
    "zh-CN": "存在冲突，全部不会导入；确认以表单为准请勾选上面的选项",
    "en-US": "There are conflicts, so nothing will be imported; tick the option above to take the forms' values",
  },
  summary: {
    "zh-CN": "追加 {append}，跳过 {skip}，冲突 {conflict}，错误 {error}",
    "en-US": "{append} to append, {skip} to skip, {conflict} conflicts, {error} with errors",
  },
  imported: {
    "zh-CN": "已导入{sheet}：追加 {append} 行，更新 {updated} 行，跳过 {skip} 行",
    "en-US": "Imported into {sheet}: {append} rows appended, {updated} updated, {skip} skipped",
  },
  nothing: { "zh-CN": "没有需要导入的内容", "en-US": "Nothing to import" },
  noRegisterFound: {
    "zh-CN": "无法判断要导入哪本台账：所选文件中没有表单，也没有可识别的台账表头",
    "en-US": "Cannot tell which register to import into: no chosen file is a form or a recognisable register sheet",
  },
  reading: { "zh-CN": "正在读取 {n} 个文件…", "en-US": "Reading {n} files…" },
  failed: { "zh-CN": "失败：{message}", "en-US": "Failed: {message}" },
});

export type FormsPageKey = keyof typeof FORMS_PAGE_MESSAGES;

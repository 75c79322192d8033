/** Words of the 台账工作台 (the pages in a plain browser over a local .xlsx file). */
import { defineMessages } from "../core/i18n";

export const WORKBENCH_MESSAGES = defineMessages({
  title: { "zh-CN": "台账工作台", "en-US": "Ledger workbench" },
  intro: {
    "zh-CN": "没有 Excel 加载项也能用：打开本机的 .xlsx 工作簿，检查、计算期限和 KPI，再保存为新文件。",
    "en-US":
      "No Excel add-in needed: open a .xlsx workbook from this computer, check it, compute deadlines and KPIs, then save a new file.",
  },
  privacy: {
    "zh-CN": "所有处理都在本页面内完成：文件不会上传，打开后也不再访问网络。",
    "en-US":
      "Everything happens in this page: the file is not uploaded, and nothing goes over the network once the page has loaded.",
  },
  drop: { "zh-CN": "把 .xlsx 文件拖到这里，或", "en-US": "Drop a .xlsx file here, or" },
  pick: { "zh-CN": "选择文件…", "en-US": "Choose a file…" },
  pickLabel: { "zh-CN": "打开工作簿（.xlsx）", "en-US": "Open a workbook (.xlsx)" },
  opening: { "zh-CN": "正在打开 {file}…", "en-US": "Opening {file}…" },
  opened: { "zh-CN": "已打开：{file}", "en-US": "Open: {file}" },
  save: { "zh-CN": "保存为新文件", "en-US": "Save as a new file" },
  saving: { "zh-CN": "正在保存…", "en-US": "Saving…" },
  saved: {
    "zh-CN": "已下载新文件「{file}」。原文件没有改动，下载的文件才是更新后的版本。",
    "en-US": "Downloaded the new file “{file}”. The original file is unchanged; the download is the updated version.",
  },
  saveNote: {
    "zh-CN": "浏览器不能改动您打开的文件：写入的内容在「保存为新文件」下载的文件里。",
    "en-US":
      "A browser cannot change the file you opened: what is written goes into the file “Save as a new file” downloads.",
  },
  saveFailed: { "zh-CN": "保存失败：{message}", "en-US": "Saving failed: {message}" },
  openOther: { "zh-CN": "打开其他文件", "en-US": "Open another file" },
  notXlsx: {
    "zh-CN": "只能打开 .xlsx 工作簿：{file}。.xls、.et、.ods 等文件请先在 WPS 或 Excel 中另存为 .xlsx。",
    "en-US":
      "Only .xlsx workbooks can be opened: {file}. Save .xls, .et, .ods and other files as .xlsx in WPS or Excel first.",
  },
  tooBig: {
    "zh-CN":
      "文件太大（{size} MB）：工作台最多打开 {limit} MB 的工作簿，以免浏览器内存不足。请用命令行 ledger 处理，或把台账拆成几个工作簿。",
    "en-US":
      "The file is too large ({size} MB): the workbench opens workbooks up to {limit} MB so the browser does not run out of memory. Use the ledger command line, or split the registers into several workbooks.",
  },
  previewTitle: { "zh-CN": "「{sheet}」第 {row} 行（只读预览）", "en-US": "{sheet}, row {row} (read-only preview)" },
  previewClose: { "zh-CN": "关闭预览", "en-US": "Close the preview" },
  previewGrid: { "zh-CN": "「{sheet}」的内容", "en-US": "Contents of {sheet}" },
  previewFailed: { "zh-CN": "无法显示「{sheet}」：{message}", "en-US": "Cannot show {sheet}: {message}" },
  offlineReady: { "zh-CN": "已可离线使用", "en-US": "Works offline" },
});

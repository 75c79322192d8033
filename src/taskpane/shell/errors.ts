/** One sentence for any failure a page shows: the calendar's own wording, a failed page download, else Excel's. */
import { calendarErrorMessage } from "../../core/calendar";
import { defineMessages, translate, type Lang } from "../../core/i18n";
import { describeExcelError } from "../../excel";

const M = defineMessages({
  chunk: {
    "zh-CN": "加载项的页面文件未能下载（可能刚更新了版本或网络中断）。请关闭并重新打开任务窗格。",
    "en-US":
      "A part of the add-in could not be downloaded (it may just have been updated, or the connection dropped). Close and reopen the task pane.",
  },
});

/** webpack names a failed lazy page download ChunkLoadError ("Loading chunk N failed"): not Excel's fault. */
function isChunkLoadError(e: unknown): boolean {
  return e instanceof Error && (e.name === "ChunkLoadError" || /Loading (CSS )?chunk .+ failed/i.test(e.message));
}

export function errorText(e: unknown, lang: Lang): string {
  if (isChunkLoadError(e)) return translate(M, lang, "chunk");
  return calendarErrorMessage(e, lang) ?? describeExcelError(e, lang);
}

/** Readying the workbench for a file while the person is still choosing one. */
import { PAGES } from "../taskpane/pages";

export const WARM_MARK = "workbench-warm";

/**
 * What opening a file needs — the workbook reader, the shell's reading of it and the pages — fetched and evaluated
 * while the person chooses the file rather than after (half a second on a two-core machine, and a third of one at the
 * first visit to each page). A failure here is left to the import at the pick or the page, which reports it.
 */
export function warmUp(): void {
  void Promise.all([
    import(/* webpackChunkName: "workbench-open" */ "./open-file"),
    import(/* webpackChunkName: "workbook-context" */ "../app/load-context"),
    ...PAGES.map((p) => p.preload()),
  ]).then(
    // A user-timing mark, so a measurement can start when the page is ready for a file (bench/workbench.ts).
    () => performance.mark(WARM_MARK),
    () => undefined,
  );
}

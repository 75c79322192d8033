/**
 * Which rows of a long sheet the preview draws: only those in view plus a margin, so 100,000 rows scroll as smoothly
 * as 100 (the DOM holds a few dozen rows whatever the sheet's size).
 */
export interface GridWindow {
  first: number;
  last: number; // exclusive
  padTop: number;
  padBottom: number;
}

export function gridWindow(
  rowCount: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
  overscan = 10,
): GridWindow {
  if (rowCount <= 0) return { first: 0, last: 0, padTop: 0, padBottom: 0 };
  const first = Math.max(0, Math.min(rowCount - 1, Math.floor(scrollTop / rowHeight) - overscan));
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return {
    first,
    last: Math.max(last, first + 1),
    padTop: first * rowHeight,
    padBottom: (rowCount - Math.max(last, first + 1)) * rowHeight,
  };
}

/** The scrollTop that puts `row` (0-based) a few rows below the top of the view. */
export function scrollTopFor(row: number, rowHeight: number, context = 3): number {
  return Math.max(0, (row - context) * rowHeight);
}

/** "A", "B", … "Z", "AA": the column letters Excel shows above the grid. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

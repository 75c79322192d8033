/** `台账.xlsx` → `台账-已更新.xlsx`: the download never takes the original's name, so the opened file stays as it was. */
export function savedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base === "" ? "workbook" : base}-已更新.xlsx`;
}

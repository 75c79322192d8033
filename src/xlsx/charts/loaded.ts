/**
 * Where the charts of an opened package live. ExcelJS drops every chart when it loads a file, which matters only for
 * charts on sheets that will be written back: those on a sheet the add-in regenerates (KPI看板) are drawn again from
 * its spec. Knowing the sheets lets the adapter warn about lost charts only when a user's own chart is at stake.
 */
import JSZip from "jszip";
import { packageSheets } from "../fast-read";

export interface LoadedCharts {
  /** Worksheets with at least one chart in their drawing. */
  sheets: Set<string>;
  /** Charts not reachable from a worksheet's drawing (chart sheets, odd packages): always reported as lost. */
  elsewhere: boolean;
}

const REL_RE = /<(?:\w+:)?Relationship\b[^>]*?\bType="[^"]*\/(drawing|chart)"[^>]*?\bTarget="([^"]+)"|<(?:\w+:)?Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bType="[^"]*\/(drawing|chart)"/g;

/** Targets of `part`'s relationships of the given type, as package paths. */
async function related(zip: JSZip, part: string, type: "drawing" | "chart"): Promise<string[]> {
  const slash = part.lastIndexOf("/");
  const rels = await zip.file(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`)?.async("string");
  if (!rels) return [];
  const out: string[] = [];
  for (const m of rels.matchAll(REL_RE)) {
    const [kind, target] = m[1] ? [m[1], m[2] as string] : [m[4], m[3] as string];
    if (kind !== type) continue;
    out.push(target.startsWith("/") ? target.slice(1) : decodeURIComponent(new URL(target, `http://pkg/${part}`).pathname.slice(1)));
  }
  return out;
}

export async function loadedCharts(bytes: Uint8Array): Promise<LoadedCharts> {
  const zip = await JSZip.loadAsync(bytes);
  const { sheets } = await packageSheets(zip);
  const all = new Set(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)));
  const onSheets = new Set<string>();
  const found = new Set<string>();
  for (const sheet of sheets) {
    for (const drawing of await related(zip, sheet.path, "drawing")) {
      const charts = await related(zip, drawing, "chart");
      for (const c of charts) found.add(c);
      if (charts.length > 0) onSheets.add(sheet.name);
    }
  }
  return { sheets: onSheets, elsewhere: [...all].some((c) => !found.has(c)) };
}

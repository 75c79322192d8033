/**
 * WorkbookPort.setOwnedConditionalFormats over Office.js, in at most five syncs whatever the number of sheets or
 * formats: (1) the settings record and sheet names; (2) each sheet's formats (id, type) and protection; (3) only when
 * a recorded format was not found by id, the rule formulas of the custom formats to find it by content; (4) deletes
 * and adds, loading the new formats' ids; (5) the record with those ids.
 *
 * A format's range is not compared here (reading it costs a call per format); the recorded id or, failing that, the
 * exact rule formula — which names our status column and label — is what marks a format as the add-in's.
 */
import type { ConditionalFormatSpec } from "../core/sheet-spec";
import {
  bareFormula,
  OWNED_FORMATS_SETTING,
  ownedToDelete,
  parseOwnedFormats,
  planOwnedFormats,
  recordAfter,
  serializeOwnedFormats,
  type OwnedFormatsEntry,
} from "../workbook/owned-formats";
import { addConditionalFormat } from "./apply-spec";
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlProtection,
  XlRequestContext,
  XlWorksheet,
} from "./office-api";
import { queueSettingsRead, queueSettingsWrite, settingsFrom } from "./settings-sheet";

export interface OwnedFormatsHooks {
  /** Thrown for a sheet that does not exist (the adapter's named error). */
  missingSheet(name: string): Error;
  /** Told the sheets skipped because they are protected. */
  protectedSheet(name: string): void;
}

const FORMULA = "custom/rule/formula";

export async function setOwnedFormats(
  context: XlRequestContext,
  entries: readonly OwnedFormatsEntry[],
  hooks: OwnedFormatsHooks,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const settingsRead = queueSettingsRead(context);
  await context.sync();
  const settings = settingsFrom(settingsRead);
  const names = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
  for (const e of entries) if (!names.has(e.sheet.toLowerCase())) throw hooks.missingSheet(e.sheet);
  const recorded = parseOwnedFormats(settings.values.get(OWNED_FORMATS_SETTING) ?? null);

  const sheetNames = [...new Set(entries.map((e) => names.get(e.sheet.toLowerCase()) as string))];
  const looked = sheetNames.map((name) => {
    const formats = worksheets.getItem(name).getRange().conditionalFormats;
    formats.load(["items/id", "items/type"]);
    const protection: XlProtection = worksheets.getItem(name).protection;
    protection.load("protected");
    return { name, ws: worksheets.getItem(name), formats, protection };
  });
  await context.sync();

  const locked = new Set(looked.filter((l) => l.protection.protected).map((l) => l.name.toLowerCase()));
  for (const l of looked) if (locked.has(l.name.toLowerCase())) hooks.protectedSheet(l.name);
  const writable = entries.filter((e) => !locked.has(e.sheet.toLowerCase()));
  const plan = planOwnedFormats(recorded, writable);
  const bySheet = new Map<string, { ws: XlWorksheet; formats: XlConditionalFormatCollection }>(
    looked.map((l) => [l.name.toLowerCase(), l]),
  );
  const sheetOf = (name: string) =>
    bySheet.get(name.toLowerCase()) as { ws: XlWorksheet; formats: XlConditionalFormatCollection };

  // A recorded format whose id is not on the sheet (another host wrote it, or Excel renumbered) is looked for by its
  // rule, so the custom formats' formulas are read — in one more sync, and only then.
  const needsContent = plan.sheets.some((p) => {
    const ids = new Set(sheetOf(p.sheet).formats.items.map((f) => f.id));
    return [...p.replaced, ...p.others].some((r) => r.formats.some((_, i) => !ids.has(r.ids?.[i] ?? "")));
  });
  const withFormula = new Set<XlConditionalFormat>();
  if (needsContent) {
    for (const p of plan.sheets) {
      for (const f of sheetOf(p.sheet).formats.items) {
        if (f.type !== "Custom") continue;
        f.load(FORMULA);
        withFormula.add(f);
      }
    }
    await context.sync();
  }
  const matches = (f: XlConditionalFormat, spec: ConditionalFormatSpec): boolean =>
    spec.kind === "formula" && withFormula.has(f) && bareFormula(f.custom.rule.formula) === bareFormula(spec.formula);

  // New formats go in first and the old ones out together with the record of what the add-in owns, so no failed sync
  // leaves formats on a sheet that the record does not know of (or the other way round): if that second sync fails,
  // the new formats are taken out again and the sheet is as it was.
  const added = new Map<string, XlConditionalFormat[]>();
  const drops: { items: XlConditionalFormat[]; drop: ReadonlySet<number> }[] = [];
  for (const p of plan.sheets) {
    const l = sheetOf(p.sheet);
    const items = l.formats.items;
    drops.push({ items, drop: ownedToDelete(items, p, matches, (f) => f.id) });
    const made = p.add.map((spec) => addConditionalFormat(l.ws, spec));
    for (const f of made) f.load("id");
    added.set(p.sheet.toLowerCase(), made);
  }
  const made = [...added.values()].flat();
  if (made.length > 0) await context.sync();

  for (const { items, drop } of drops) {
    items.forEach((f, i) => {
      if (drop.has(i)) f.delete();
    });
  }
  // Ids per entry, in the order of the entry's formats (several owners on one sheet share the sheet's list).
  const offsets = new Map<string, number>();
  const record = recordAfter(plan, writable, (e) => {
    const key = e.sheet.toLowerCase();
    const sheetMade = added.get(key) ?? [];
    const at = offsets.get(key) ?? 0;
    offsets.set(key, at + e.formats.length);
    return sheetMade.slice(at, at + e.formats.length).map((f) => f.id);
  });
  const next = new Map(settings.values);
  if (record.length === 0) next.delete(OWNED_FORMATS_SETTING);
  else next.set(OWNED_FORMATS_SETTING, serializeOwnedFormats(record));
  if (next.get(OWNED_FORMATS_SETTING) !== settings.values.get(OWNED_FORMATS_SETTING))
    queueSettingsWrite(context, settings, next);
  try {
    await context.sync();
  } catch (e) {
    for (const f of made) f.delete();
    try {
      await context.sync();
    } catch {
      // The failure that stopped the write is the one to report.
    }
    throw e;
  }
}

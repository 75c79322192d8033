/**
 * Cell notes (legacy comments) of one worksheet in a package: the comments part and the VML drawing that shows them.
 * A user's note keeps its XML (runs, formatting, author); the add-in's mark lines are a run of their own appended to
 * it, so adding and clearing marks gives the user's note back as it was. Notes the add-in creates are authored
 * 「台账助手」.
 */
import { MARK_PREFIX } from "../../workbook/mark-notes";
import { OpcPackage, REL_TYPE } from "./opc";
import { insertTail, relIdAttr, tailElements } from "./sheet-tail";
import { attributes, columnLetters, columnOfRef, decodeText, escapeText, rowOfRef, topLevelElements } from "./xml-text";

const AUTHOR = "台账助手";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

interface Run {
  xml: string;
  text: string;
}

interface Note {
  ref: string;
  /** The comment element as read; null for a note made here. */
  original: string | null;
  openTag: string;
  runs: Run[];
  changed: boolean;
}

const T_RE = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;

function runsOf(textXml: string): Run[] {
  const out: Run[] = [];
  for (const el of topLevelElements(textXml)) {
    if (el.name !== "t" && el.name !== "r") continue;
    let text = "";
    for (const m of el.xml.matchAll(T_RE)) text += decodeText(m[1] as string);
    out.push({ xml: el.xml, text });
  }
  return out;
}

const isMarkRun = (run: Run): boolean => run.text.replace(/^\n+/, "").startsWith(MARK_PREFIX);

export class SheetNotes {
  private readonly notes = new Map<string, Note>();
  private readonly order: string[] = [];
  private dirty = false;

  private constructor(
    private readonly sheetPath: string,
    private commentsPath: string | null,
    private vmlPath: string | null,
    private readonly commentsXml: string | null,
  ) {}

  static async load(pkg: OpcPackage, sheetPath: string): Promise<SheetNotes> {
    const rels = await pkg.relationships(sheetPath);
    const comments = rels.find((r) => r.type === REL_TYPE.comments && r.path !== null && pkg.has(r.path));
    const vml = rels.find((r) => r.type === REL_TYPE.vmlDrawing && r.path !== null && pkg.has(r.path));
    const xml = comments ? await pkg.text(comments.path as string) : null;
    const notes = new SheetNotes(sheetPath, comments?.path ?? null, vml?.path ?? null, xml);
    if (xml !== null) {
      for (const m of xml.matchAll(
        /<(?:\w+:)?comment\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?comment>)/g,
      )) {
        const openTag = /^<[^>]*>/.exec(m[0])?.[0] as string;
        const ref = (attributes(openTag).get("ref") ?? "").toUpperCase();
        const text = /<(?:\w+:)?text\b[^>]*>([\s\S]*?)<\/(?:\w+:)?text>/.exec(m[0]);
        notes.notes.set(ref, {
          ref,
          original: m[0],
          openTag,
          runs: text ? runsOf(text[1] as string) : [],
          changed: false,
        });
        notes.order.push(ref);
      }
    }
    return notes;
  }

  get(row: number, column: number): string | null {
    const note = this.notes.get(`${columnLetters(column)}${row}`);
    if (!note) return null;
    const text = note.runs.map((r) => r.text).join("");
    return text === "" ? null : text;
  }

  /** Same rules as the ExcelJS path (xlsx/notes.ts): the user's runs stay, only mark runs come and go. */
  set(row: number, column: number, text: string | null): void {
    const ref = `${columnLetters(column)}${row}`;
    const note = this.notes.get(ref);
    if (note) {
      const userRuns = note.runs.filter((r) => !isMarkRun(r));
      const userText = userRuns.map((r) => r.text).join("");
      if (text === null || text === userText) {
        if (userRuns.length === note.runs.length && text !== null) return;
        if (userRuns.length === 0 || userText === "") this.delete(ref);
        else this.update(note, userRuns);
        return;
      }
      if (userText !== "" && text.startsWith(userText)) {
        const runs = [...userRuns, newRun(text.slice(userText.length))];
        if (runs.map((r) => r.xml).join("") !== note.runs.map((r) => r.xml).join("")) this.update(note, runs);
        return;
      }
      if (this.get(row, column) === text) return;
      this.update(note, [newRun(text)]);
      return;
    }
    if (text === null) return;
    this.notes.set(ref, { ref, original: null, openTag: "", runs: [newRun(text)], changed: true });
    this.order.push(ref);
    this.dirty = true;
  }

  private update(note: Note, runs: Run[]): void {
    note.runs = runs;
    note.changed = true;
    this.dirty = true;
  }

  private delete(ref: string): void {
    this.notes.delete(ref);
    this.dirty = true;
  }

  /** Writes the comments and VML parts when something changed; returns the sheet XML (with a legacyDrawing added). */
  async save(pkg: OpcPackage, sheetXml: string): Promise<string> {
    if (!this.dirty) return sheetXml;
    let xml = sheetXml;
    const refs = this.order.filter((r, i) => this.notes.has(r) && this.order.indexOf(r) === i);
    const base =
      this.commentsXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    const prefix = /<((?:\w+:)?)comments\b/.exec(base)?.[1] ?? "";
    const authors = [...base.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>|<(?:\w+:)?author\/>/g)].map((m) =>
      decodeText(m[1] ?? ""),
    );
    let authorId = authors.indexOf(AUTHOR);
    let withAuthors = base;
    const needsAuthor = refs.some((r) => (this.notes.get(r) as Note).original === null);
    if (authorId < 0 && needsAuthor) {
      authorId = authors.length;
      const entry = `<${prefix}author>${AUTHOR}</${prefix}author>`;
      withAuthors = /<(?:\w+:)?authors\s*\/>/.test(base)
        ? base.replace(/<((?:\w+:)?)authors\s*\/>/, `<$1authors>${entry}</$1authors>`)
        : /<\/(?:\w+:)?authors>/.test(base)
          ? base.replace(/<\/((?:\w+:)?)authors>/, `${entry}</$1authors>`)
          : base.replace(/(<(?:\w+:)?comments\b[^>]*>)/, `$1<${prefix}authors>${entry}</${prefix}authors>`);
    }
    const list = refs
      .map((ref) => {
        const note = this.notes.get(ref) as Note;
        if (!note.changed && note.original !== null) return note.original;
        const open =
          note.original !== null ? note.openTag : `<${prefix}comment ref="${ref}" authorId="${Math.max(0, authorId)}">`;
        return `${open}<${prefix}text>${note.runs.map((r) => r.xml).join("")}</${prefix}text></${prefix}comment>`;
      })
      .join("");
    const listRe = /<((?:\w+:)?)commentList\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?commentList>)/;
    const comments = listRe.test(withAuthors)
      ? withAuthors.replace(listRe, (_m, p: string) => `<${p}commentList>${list}</${p}commentList>`)
      : withAuthors.replace(/<\/((?:\w+:)?)comments>\s*$/, `<$1commentList>${list}</$1commentList></$1comments>`);

    if (this.commentsPath === null) {
      this.commentsPath = pkg.freeName("xl/comments", ".xml");
      await pkg.declare(this.commentsPath, CT_COMMENTS);
      await pkg.addRelationship(this.sheetPath, REL_TYPE.comments, this.commentsPath);
    }
    pkg.set(this.commentsPath, comments);

    let vml = this.vmlPath === null ? null : await pkg.text(this.vmlPath);
    if (vml === null) {
      this.vmlPath = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
      vml = await newVml(pkg);
      await pkg.declare(this.vmlPath, CT_VML);
      const id = await pkg.addRelationship(this.sheetPath, REL_TYPE.vmlDrawing, this.vmlPath);
      const existing = tailElements(xml).find((e) => e.name === "legacyDrawing");
      if (existing) xml = xml.slice(0, existing.start) + xml.slice(existing.end);
      const p = /<((?:[\w.-]+:)?)worksheet\b/.exec(xml)?.[1] ?? "";
      xml = insertTail(xml, "legacyDrawing", `<${p}legacyDrawing ${relIdAttr(xml, id)}/>`);
    }
    pkg.set(this.vmlPath as string, syncShapes(vml, new Set(refs)));
    this.dirty = false;
    return xml;
  }
}

function newRun(text: string): Run {
  return { xml: `<r><t xml:space="preserve">${escapeText(text)}</t></r>`, text };
}

const SHAPE_RE = /<(\w+:)?shape\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?shape>)/g;

/** The VML with a note shape for every ref in `refs` and none for notes that are gone; other shapes stay. */
function syncShapes(vml: string, refs: ReadonlySet<string>): string {
  const present = new Set<string>();
  const block = /\bdata\s*=\s*"(\d+)/.exec(vml);
  let maxId = (block ? Number(block[1]) : 1) * 1024;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
  let out = vml.replace(SHAPE_RE, (shape) => {
    if (!/ObjectType\s*=\s*"Note"/.test(shape)) return shape;
    const row = /<(?:\w+:)?Row>\s*(\d+)\s*</.exec(shape);
    const col = /<(?:\w+:)?Column>\s*(\d+)\s*</.exec(shape);
    if (!row || !col) return shape;
    const ref = `${columnLetters(Number(col[1]) + 1)}${Number(row[1]) + 1}`;
    if (!refs.has(ref)) return "";
    present.add(ref);
    return shape;
  });
  const added: string[] = [];
  for (const ref of refs) {
    if (present.has(ref)) continue;
    added.push(noteShape(++maxId, rowOfRef(ref) - 1, columnOfRef(ref) - 1));
  }
  if (added.length > 0) {
    if (!/_x0000_t202/.test(out.replace(/type\s*=\s*"#_x0000_t202"/g, ""))) added.unshift(SHAPETYPE);
    out = out.replace(/<\/xml>\s*$/, `${added.join("")}</xml>`);
  }
  return out;
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>' +
  '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, row: number, column: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:${id - 1024};visibility:hidden" ` +
    'fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/>' +
    '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column + 1}, 15, ${row}, 10, ${column + 3}, 15, ${row + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** An empty VML drawing whose shape-id block is not used by another drawing in the package. */
async function newVml(pkg: OpcPackage): Promise<string> {
  let block = 0;
  for (const name of pkg.partNames().filter((n) => n.toLowerCase().endsWith(".vml"))) {
    const text = (await pkg.text(name)) ?? "";
    for (const m of text.matchAll(/\bdata\s*=\s*"([\d,\s]+)"/g))
      for (const n of (m[1] as string).split(",")) block = Math.max(block, Number(n) || 0);
  }
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block + 1}"/></o:shapelayout>${SHAPETYPE}</xml>`
  );
}

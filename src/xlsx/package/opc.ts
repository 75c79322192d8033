/**
 * An opened OOXML package (the zip of an .xlsx/.xlsm) edited part by part. Parts are read as text on first use and
 * written back only when changed: every part nobody changed leaves with the bytes it came with. Relationships and
 * content types are edited by splicing their XML, so entries the add-in does not own stay as the other program wrote them.
 */
import JSZip from "jszip";
import { deflateInBackground, InflateLimitError, inflateNatively, putEntry, type Deflated } from "./native-zlib";
import { utf8Bytes } from "./utf8";
import { attributes, escapeText } from "./xml-text";

/**
 * Limits on what a package may inflate to, so a zip bomb is refused with a message instead of exhausting memory (a
 * JavaScript string holds at most about 512 million characters). Documented in docs/DESIGN.md "Adapter rules".
 */
export const PACKAGE_LIMITS = {
  /** Uncompressed size of any one part. A 200,000-row register's sheet part is about 60 MB. */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed size of all parts together. */
  totalBytes: 1024 * 1024 * 1024,
  /** Non-empty cells in one sheet (a 200,000-row register of 20 columns holds 4 million). */
  cellsPerSheet: 6_000_000,
};

export class PackageLimitError extends Error {
  constructor(
    readonly part: string,
    /** The size found, or null when inflating was stopped at the limit (how far past it is unknown). */
    readonly bytes: number | null,
    readonly limit: number,
  ) {
    super(`${part}: ${bytes ?? `more than ${limit}`} bytes uncompressed, over the limit of ${limit}`);
    this.name = "PackageLimitError";
  }
}

/** A damaged part: missing, cut short or not the XML it should be. */
export class DamagedPartError extends Error {
  constructor(
    readonly part: string,
    readonly why: string,
  ) {
    super(`${part}: ${why}`);
    this.name = "DamagedPartError";
  }
}

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  table: `${REL_NS}/table`,
};

export interface Relationship {
  id: string;
  type: string;
  /** Target as written. */
  target: string;
  /** Package path of the target (no leading slash), or null for an external target. */
  path: string | null;
}

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'; '' (the package) → '_rels/.rels'. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part: absolute ('/xl/x.xml') or relative ('../x.xml'). */
export function resolvePartPath(source: string, target: string): string {
  const clean = target.split("#")[0] as string;
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // a stray '%' is taken literally
  }
  if (decoded.startsWith("/")) return normalise(decoded.slice(1));
  const dir = source.slice(0, source.lastIndexOf("/") + 1);
  return normalise(dir + decoded);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The relative target from `source`'s folder to `path`. */
export function relativeTarget(source: string, path: string): string {
  const from = source.split("/").slice(0, -1);
  const to = path.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export class OpcPackage {
  private readonly texts = new Map<string, string>();
  /** Parts set as UTF-8 bytes (a large generated sheet, never held as one string), written when the package is. */
  private readonly encoded = new Map<string, Uint8Array>();
  private readonly changed = new Set<string>();
  /** Changed parts said to be final (see seal), with their bytes and their compression under way. */
  private readonly sealed = new Map<
    string,
    { source: string | Uint8Array; bytes: Uint8Array; deflated: Promise<Deflated | null> }
  >();
  private readonly removed = new Set<string>();
  /** Case-insensitive lookup: part names in a package are case-insensitive and writers disagree on case. */
  private readonly byLower = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files))
      if (!(zip.files[name] as JSZip.JSZipObject).dir) this.byLower.set(name.toLowerCase(), name);
  }

  /** Opens the bytes; refuses (PackageLimitError) a package whose parts would inflate past PACKAGE_LIMITS. */
  static async open(bytes: Uint8Array): Promise<OpcPackage> {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    let total = 0;
    for (const entry of Object.values(zip.files)) {
      // JSZip keeps each entry's declared size from the central directory; inflating is refused before it starts.
      const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
      if (size > PACKAGE_LIMITS.partBytes) throw new PackageLimitError(entry.name, size, PACKAGE_LIMITS.partBytes);
      total += size;
      if (total > PACKAGE_LIMITS.totalBytes) throw new PackageLimitError(entry.name, total, PACKAGE_LIMITS.totalBytes);
    }
    return new OpcPackage(zip);
  }

  /** Stored name of a part (case as in the zip), or null. */
  private stored(path: string): string | null {
    return this.byLower.get(path.toLowerCase()) ?? null;
  }

  has(path: string): boolean {
    const name = this.stored(path);
    return name !== null && !this.removed.has(name);
  }

  partNames(): string[] {
    return [...this.byLower.values()].filter((n) => !this.removed.has(n));
  }

  /** A part's text (UTF-8), or null when the package lacks it. */
  async text(path: string): Promise<string | null> {
    const name = this.stored(path);
    if (name === null || this.removed.has(name)) return null;
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const pending = this.encoded.get(name);
    if (pending) return new TextDecoder().decode(pending);
    const entry = this.zip.file(name);
    if (!entry) return null;
    let text: string;
    try {
      // Decoded by the platform's TextDecoder, also where JSZip inflates (a browser): JSZip's own "string" output
      // decodes UTF-8 in JavaScript, seconds for a 20,000-row register in the workbench.
      text = new TextDecoder().decode(await this.inflate(name, entry));
    } catch (e) {
      if (e instanceof PackageLimitError) throw e;
      throw new DamagedPartError(name, (e as Error).message.split("\n")[0] ?? "unreadable");
    }
    this.texts.set(name, text);
    return text;
  }

  async bytes(path: string): Promise<Uint8Array | null> {
    const name = this.stored(path);
    if (name === null || this.removed.has(name)) return null;
    const entry = this.zip.file(name);
    if (!entry) return null;
    return this.inflate(name, entry);
  }

  /** A part's bytes, inflated under the part limit (PackageLimitError past it). */
  private async inflate(name: string, entry: JSZip.JSZipObject): Promise<Uint8Array> {
    try {
      return (await inflateNatively(entry, PACKAGE_LIMITS.partBytes)) ?? (await entry.async("uint8array"));
    } catch (e) {
      if (e instanceof InflateLimitError) throw new PackageLimitError(name, null, PACKAGE_LIMITS.partBytes);
      throw e;
    }
  }

  set(path: string, text: string): void {
    const name = this.stored(path) ?? path;
    if (this.texts.get(name) === text && !this.removed.has(name)) return;
    this.byLower.set(name.toLowerCase(), name);
    this.removed.delete(name);
    this.encoded.delete(name);
    this.texts.set(name, text);
    this.changed.add(name);
  }

  /** Sets a part from its UTF-8 bytes. */
  setBytes(path: string, bytes: Uint8Array): void {
    const name = this.stored(path) ?? path;
    this.byLower.set(name.toLowerCase(), name);
    this.removed.delete(name);
    this.texts.delete(name);
    this.encoded.set(name, bytes);
    this.changed.add(name);
  }

  remove(path: string): void {
    const name = this.stored(path);
    if (name === null) return;
    this.removed.add(name);
    this.changed.delete(name);
    this.sealed.delete(name);
    this.texts.delete(name);
    this.encoded.delete(name);
  }

  /** Whether anything was changed since opening. */
  get isChanged(): boolean {
    return this.changed.size > 0 || this.removed.size > 0;
  }

  /**
   * Says a changed part is final: it is encoded now and, under Node, compressed on the thread pool while the caller
   * goes on building other parts. `generate` uses that work unless the part is set again.
   */
  seal(path: string): void {
    const name = this.stored(path);
    if (name === null || !this.changed.has(name)) return;
    const source = this.texts.get(name) ?? this.encoded.get(name);
    if (source === undefined) return;
    const bytes = typeof source === "string" ? utf8Bytes(source) : source;
    // A failed background compression is not an error: the part is then compressed by JSZip as any other.
    this.sealed.set(name, { source, bytes, deflated: deflateInBackground(bytes).catch(() => null) });
  }

  /** The package bytes: untouched entries keep their compressed data and dates, changed ones are written anew. */
  async generate(date?: Date): Promise<Uint8Array> {
    for (const name of this.removed) this.zip.remove(name);
    // Every changed part's compression starts before any is awaited: large parts compress side by side.
    const jobs: Array<{ name: string; bytes: Uint8Array; deflated: Promise<Deflated | null> }> = [];
    for (const name of this.changed) {
      const source = this.texts.get(name) ?? this.encoded.get(name);
      if (source === undefined) continue;
      const sealed = this.sealed.get(name);
      if (sealed && sealed.source === source) jobs.push({ name, bytes: sealed.bytes, deflated: sealed.deflated });
      else {
        // Encoded here (natively) rather than by JSZip's JavaScript encoder: a large sheet part is tens of MB.
        const bytes = typeof source === "string" ? utf8Bytes(source) : source;
        jobs.push({ name, bytes, deflated: deflateInBackground(bytes).catch(() => null) });
      }
    }
    const options = { createFolders: false, ...(date ? { date } : {}) };
    for (const job of jobs) putEntry(this.zip, job.name, job.bytes, options, await job.deflated);
    for (const name of this.changed) this.encoded.delete(name);
    this.sealed.clear();
    this.removed.clear();
    this.changed.clear();
    // Level 3 is JSZip's fast deflate: several times quicker than the default on a large part, a little larger.
    // Entries nobody changed keep their compressed bytes whatever the level.
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 3 } });
  }

  // ---- relationships ----

  async relationships(source: string): Promise<Relationship[]> {
    const xml = await this.text(relsPathOf(source));
    if (xml === null) return [];
    const out: Relationship[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const a = attributes(m[1] as string);
      const target = a.get("Target") ?? "";
      const external = a.get("TargetMode") === "External";
      out.push({
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target,
        path: external ? null : resolvePartPath(source, target),
      });
    }
    return out;
  }

  /** Adds a relationship from `source` to the part `path` and returns its id. */
  async addRelationship(source: string, type: string, path: string): Promise<string> {
    const relsPath = relsPathOf(source);
    const xml = (await this.text(relsPath)) ?? EMPTY_RELS;
    const taken = new Set([...xml.matchAll(/\bId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeText(relativeTarget(source, path))}"/>`;
    this.set(relsPath, insertBeforeClose(xml, "Relationships", entry));
    return id;
  }

  async removeRelationship(source: string, id: string): Promise<void> {
    const relsPath = relsPathOf(source);
    const xml = await this.text(relsPath);
    if (xml === null) return;
    const re = new RegExp(
      `<(?:\\w+:)?Relationship\\b[^>]*?\\bId\\s*=\\s*"${id}"[^>]*?(?:/>|>\\s*</(?:\\w+:)?Relationship>)`,
    );
    this.set(relsPath, xml.replace(re, ""));
  }

  // ---- content types ----

  async contentTypeOf(path: string): Promise<string | null> {
    const xml = (await this.text("[Content_Types].xml")) ?? "";
    for (const m of xml.matchAll(/<(?:\w+:)?Override\b([^>]*?)\/?>/g)) {
      const a = attributes(m[1] as string);
      if ((a.get("PartName") ?? "").replace(/^\//, "").toLowerCase() === path.toLowerCase())
        return a.get("ContentType") ?? null;
    }
    const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    for (const m of xml.matchAll(/<(?:\w+:)?Default\b([^>]*?)\/?>/g)) {
      const a = attributes(m[1] as string);
      if ((a.get("Extension") ?? "").toLowerCase() === ext) return a.get("ContentType") ?? null;
    }
    return null;
  }

  /** Gives a new part its content type: an Override unless the extension's Default already says the same. */
  async declare(path: string, contentType: string): Promise<void> {
    if ((await this.contentTypeOf(path)) === contentType) return;
    const xml = await this.text("[Content_Types].xml");
    if (xml === null) throw new DamagedPartError("[Content_Types].xml", "missing");
    const cleaned = removeOverride(xml, path);
    this.set(
      "[Content_Types].xml",
      insertBeforeClose(cleaned, "Types", `<Override PartName="/${escapeText(path)}" ContentType="${contentType}"/>`),
    );
  }

  async undeclare(path: string): Promise<void> {
    const xml = await this.text("[Content_Types].xml");
    if (xml !== null) this.set("[Content_Types].xml", removeOverride(xml, path));
  }

  /** The lowest n ≥ 1 for which `${prefix}${n}${suffix}` is not a part. */
  freeName(prefix: string, suffix: string, taken: ReadonlySet<string> = new Set()): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name) && !taken.has(name)) return name;
    }
  }
}

function removeOverride(xml: string, path: string): string {
  return xml.replace(/<(?:\w+:)?Override\b([^>]*?)\/>/g, (whole, attrs: string) =>
    (attributes(attrs).get("PartName") ?? "").replace(/^\//, "").toLowerCase() === path.toLowerCase() ? "" : whole,
  );
}

/** Inserts `content` just before the closing tag of the root element `root` (prefixed or not; self-closed opened). */
export function insertBeforeClose(xml: string, root: string, content: string): string {
  const close = new RegExp(`</(?:\\w+:)?${root}>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + content + xml.slice(close.index);
  const empty = new RegExp(`<((?:\\w+:)?${root})\\b([^>]*?)/>\\s*$`).exec(xml);
  if (empty) return `${xml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${content}</${empty[1]}>`;
  throw new DamagedPartError(root, `no </${root}>`);
}

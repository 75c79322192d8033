/**
 * Large parts inflated and deflated with Node's zlib instead of JSZip's JavaScript (pako), when running under Node (the
 * CLI): a 100,000-row register is a sheet part of 70–80 MB, which pako takes seconds to inflate or compress and zlib a
 * fraction of that. Reading: a loaded entry's compressed bytes are inflated natively, never past the part size limit.
 * Writing: the compressed bytes are handed to JSZip as an entry that is already compressed — the form JSZip
 * gives every entry it loaded, built here with the constructor and DEFLATE method of such a loaded entry — so JSZip
 * copies them as it copies every untouched entry. In a browser, or when the package has no deflated entry to take the
 * form from, nothing changes: JSZip compresses as before. A browser inflates large parts with its DecompressionStream.
 */
import type JSZip from "jszip";
import { concatBytes } from "./byte-writer";

/** Parts smaller than this are left to JSZip: the saving would not pay for the call. */
const NATIVE_MIN_BYTES = 256 * 1024;
/** Inflating a part was stopped at the size limit (how far past it the part would go is unknown). */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflated past ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

/** The most a deflate stream can expand (zlib's technical note: 1,032:1). */
const MAX_DEFLATE_RATIO = 1032;
/** The same speed/size trade-off the JSZip path uses (its fast deflate). */
const LEVEL = 3;
const DEFLATE_MAGIC = "\x08\x00";

interface CompressedForm {
  /** JSZip's CompressedObject.prototype (its `constructor` is lost: JSZip assigns the prototype as a plain object). */
  proto: object;
  compression: unknown;
}

type Zlib = typeof import("node:zlib");

let zlibLoad: Promise<Zlib | null> | null = null;

/** Node's zlib, or null outside Node (the browser workbench bundles this module too; webpack leaves the import alone). */
function nodeZlib(): Promise<Zlib | null> {
  zlibLoad ??= (async () => {
    if (typeof process === "undefined" || !process.versions?.node) return null;
    try {
      return (await import(/* webpackIgnore: true */ "node:zlib")) as Zlib;
    } catch {
      return null;
    }
  })();
  return zlibLoad;
}

function compressedForm(zip: JSZip): CompressedForm | null {
  for (const entry of Object.values(zip.files)) {
    const data = (entry as unknown as { _data?: { compression?: { magic?: string }; compressedContent?: unknown } })
      ._data;
    if (data && data.compressedContent !== undefined && data.compression?.magic === DEFLATE_MAGIC)
      return { proto: Object.getPrototypeOf(data) as object, compression: data.compression };
  }
  return null;
}

/** A part's bytes deflated natively: the raw deflate stream and the CRC-32 the zip entry needs. */
export interface Deflated {
  compressed: Uint8Array;
  crc: number;
}

/**
 * Starts deflating `bytes` on Node's thread pool, so a large part compresses while the caller goes on (the other core
 * of a small machine is otherwise idle); resolves to null where there is no native zlib or the part is small.
 */
export async function deflateInBackground(bytes: Uint8Array): Promise<Deflated | null> {
  const zlib = bytes.length >= NATIVE_MIN_BYTES ? await nodeZlib() : null;
  if (!zlib) return null;
  const gz = await new Promise<Buffer>((resolve, reject) =>
    // One output buffer big enough for the whole result: with zlib's default 16 KB, every filled buffer waits for the
    // main thread to hand out the next, and the main thread is busy building the other parts.
    zlib.gzip(bytes, { level: LEVEL, chunkSize: Math.max(64 * 1024, bytes.length) }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
  // gzip is the raw deflate stream between a 10-byte header (Node writes no optional fields) and a trailer whose first
  // four bytes are the CRC-32 the zip entry needs: computed natively instead of by a JavaScript loop over 80 MB.
  return {
    compressed: new Uint8Array(gz.buffer, gz.byteOffset + 10, gz.byteLength - 18),
    crc: gz.readUInt32LE(gz.byteLength - 8),
  };
}

/**
 * Puts `bytes` into the zip as entry `name`: with `deflated` (from deflateInBackground) as its compressed form when
 * there is one and the zip has an entry to take that form from (see the module note); otherwise as JSZip would.
 * `options` as for JSZip's `file`.
 */
export function putEntry(
  zip: JSZip,
  name: string,
  bytes: Uint8Array,
  options: JSZip.JSZipFileOptions,
  deflated: Deflated | null,
): void {
  const form = deflated ? compressedForm(zip) : null;
  // A placeholder of one byte: JSZip would mark an empty entry as stored (not deflated).
  zip.file(name, deflated && form ? new Uint8Array(1) : bytes, options);
  if (!deflated || !form) return;
  const entry = zip.files[name] as unknown as { _data: unknown; _dataBinary: boolean };
  // The fields JSZip's CompressedObject constructor sets, on its prototype, so JSZip's instanceof check knows it.
  entry._data = Object.assign(Object.create(form.proto) as object, {
    compressedSize: deflated.compressed.length,
    uncompressedSize: bytes.length,
    crc32: deflated.crc,
    compression: form.compression,
    compressedContent: deflated.compressed,
  });
  entry._dataBinary = true;
}

interface LoadedEntryData {
  compression?: { magic?: string };
  compressedContent?: unknown;
  uncompressedSize?: number;
}

/**
 * The bytes of a loaded, deflated entry inflated natively — by Node's zlib, or in a browser by its DecompressionStream
 * — or null when that is not possible or not worth it (a small or stored entry, a browser without "deflate-raw"): the
 * caller then asks JSZip. Inflating stops at `maxBytes` (InflateLimitError), so an entry whose header understates its size
 * cannot inflate past the package limits.
 */
export async function inflateNatively(entry: JSZip.JSZipObject, maxBytes: number): Promise<Uint8Array | null> {
  const data = (entry as unknown as { _data?: LoadedEntryData })._data;
  if (!data || data.compression?.magic !== DEFLATE_MAGIC || !(data.compressedContent instanceof Uint8Array))
    return null;
  // Deflate expands at most about 1,032 times: an entry that could inflate past the limit is inflated here, under it,
  // whatever size its header claims (a lying header would otherwise have JSZip inflate it all).
  const couldExceed = data.compressedContent.length * MAX_DEFLATE_RATIO > maxBytes;
  if ((data.uncompressedSize ?? 0) < NATIVE_MIN_BYTES && !couldExceed) return null;
  const zlib = await nodeZlib();
  if (zlib) {
    try {
      return zlib.inflateRawSync(data.compressedContent, { maxOutputLength: maxBytes });
    } catch (e) {
      // Node's RangeError, by its code: under jest it comes from another realm than this module's RangeError.
      if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError(maxBytes);
      throw e;
    }
  }
  return canInflateRaw() ? inflateRawStream(data.compressedContent, maxBytes) : null;
}

let rawStreams: boolean | undefined;

/** Whether the platform's DecompressionStream takes "deflate-raw" (Chrome/Edge 103, Safari 16.4, Firefox 113). */
function canInflateRaw(): boolean {
  if (rawStreams === undefined) {
    try {
      // Throws (TypeError) where the format is unknown.
      new DecompressionStream("deflate-raw");
      rawStreams = true;
    } catch {
      rawStreams = false;
    }
  }
  return rawStreams;
}

/**
 * A raw deflate stream inflated by the platform's DecompressionStream: in the workbench, a 20,000-row register's parts
 * in a fraction of the time JSZip's JavaScript inflater (pako) takes on the page's only thread. Past `maxBytes` it
 * stops (InflateLimitError), as zlib's maxOutputLength does; a damaged stream rejects (TypeError).
 */
export async function inflateRawStream(compressed: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  // JSZip hands out views of the ArrayBuffer it loaded (never a SharedArrayBuffer); Blob copies just the view.
  const reader = new Blob([compressed as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new InflateLimitError(maxBytes);
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : concatBytes(chunks);
}

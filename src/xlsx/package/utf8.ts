/**
 * UTF-8 encoding of part text, and the one place that chooses how. Under Node (the CLI) Buffer does it: on the
 * megabyte chunks a long generated sheet is written in — strings built by concatenation, mostly Chinese — it is several
 * times quicker than TextEncoder, which took seconds of a 100,000-row refresh. In a browser TextEncoder is all there is.
 */
type NodeBuffer = Uint8Array & { write(text: string, offset: number, encoding: "utf8"): number };
type NodeBufferClass = { from(text: string, encoding: "utf8"): Uint8Array; allocUnsafe(size: number): NodeBuffer };

const nodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;
const encoder = new TextEncoder();

export function utf8Bytes(text: string): Uint8Array {
  return nodeBuffer ? nodeBuffer.from(text, "utf8") : encoder.encode(text);
}

/** A buffer of `size` bytes that utf8Into can write into. */
export function utf8Buffer(size: number): Uint8Array {
  return nodeBuffer ? nodeBuffer.allocUnsafe(size) : new Uint8Array(size);
}

/** Encodes `text` into `buf` (from utf8Buffer) at `at`, which must have room; returns the bytes written. */
export function utf8Into(buf: Uint8Array, text: string, at: number): number {
  return nodeBuffer ? (buf as NodeBuffer).write(text, at, "utf8") : encoder.encodeInto(text, buf.subarray(at)).written;
}

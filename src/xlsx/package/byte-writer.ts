/**
 * UTF-8 bytes written straight into buffers, for the rows of a long generated sheet: building them as strings first
 * cost more in joining (or flattening) and transcoding those strings than in writing the XML itself. Markup is encoded
 * once (utf8Bytes) and copied; numbers are copied code by code; text is encoded into place (utf8.ts chooses how).
 * Full buffers are handed to `emit`.
 */
import { utf8Buffer, utf8Into } from "./utf8";

const BUFFER_BYTES = 1 << 20;

export class ByteWriter {
  private buf: Uint8Array;
  private at = 0;

  constructor(private readonly emit: (bytes: Uint8Array) => void) {
    this.buf = utf8Buffer(BUFFER_BYTES);
  }

  /** Bytes encoded once and written many times: a column's markup. */
  bytes(bytes: Uint8Array): void {
    if (this.at + bytes.length > this.buf.length) this.next(bytes.length);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < bytes.length; i++) buf[at++] = bytes[i] as number;
    this.at = at;
  }

  /** Text known to be ASCII: references, numbers. */
  ascii(text: string): void {
    if (this.at + text.length > this.buf.length) this.next(text.length);
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < text.length; i++) buf[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    // A UTF-16 code unit takes at most three bytes of UTF-8 (a surrogate pair, two units, takes four).
    const most = text.length * 3;
    if (this.at + most > this.buf.length) this.next(most);
    this.at += utf8Into(this.buf, text, this.at);
  }

  /** Hands over what is written and not yet emitted. */
  end(): void {
    if (this.at > 0) this.emit(this.buf.subarray(0, this.at));
    this.at = 0;
  }

  private next(needed: number): void {
    this.end();
    this.buf = utf8Buffer(Math.max(BUFFER_BYTES, needed));
  }
}

/** The pieces as one array (a part's UTF-8 bytes, an inflated stream's chunks). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * UTF-8 encoding of part text. Under Node (the CLI) Buffer.from does it: on the megabyte chunks a long generated sheet
 * is written in — strings built by concatenation, mostly Chinese — it is several times quicker than TextEncoder,
 * which took seconds of a 100,000-row refresh. In a browser TextEncoder is all there is.
 */
type NodeBuffer = { from(text: string, encoding: "utf8"): Uint8Array };

const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
const encoder = new TextEncoder();

export function utf8Bytes(text: string): Uint8Array {
  return nodeBuffer ? nodeBuffer.from(text, "utf8") : encoder.encode(text);
}

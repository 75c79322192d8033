/** Text for XML content and attribute values. */

const SPECIAL: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Escapes markup characters and drops the control characters XML 1.0 cannot hold at all (a stray one in a sheet name
 * or title would otherwise make the whole part unreadable).
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/[&<>"']/g, (c) => SPECIAL[c] as string)
  );
}

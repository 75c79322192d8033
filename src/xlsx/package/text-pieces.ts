/**
 * A long text put together from many small pieces (a sheet part patched row by row is 70 MB in hundreds of thousands of
 * pieces). Pieces are joined into one flat string every 64K characters: held to the end instead, every piece outlives
 * many young-generation collections and is copied by each, which was seconds of a 100,000-row refresh.
 */
const FLUSH_AT = 1 << 16;

export class TextPieces {
  private readonly joined: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  push(piece: string): void {
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  text(): string {
    this.flush();
    return this.joined.join("");
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.joined.push(this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }
}

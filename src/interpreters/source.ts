/**
 * The document text the decoder may still need, in preserve mode: a preserved element is kept as its exact source
 * text, from its `<` to the end of its end tag, and that span can begin in an earlier piece than the one that
 * closes it. Offsets count UTF-16 units of all the text written so far, as saxes' `position` does.
 *
 * Only what the decoder asks for is kept: the open preserved element, or an unfinished start tag (which has no
 * `<` inside it, so `maxTextLength` bounds it). Pieces are only appended while kept, and sliced once at the end,
 * so that a preserved element spread over many pieces costs time linear in its length.
 */
export class Source {
  /** The text from `from` up to the start of the current piece, when some is kept. */
  private kept = "";
  private from = 0;
  /** The piece saxes is reading, and where it starts. */
  private piece = "";
  private at = 0;

  /** Called with each piece before saxes reads it. */
  read(piece: string): void {
    this.piece = piece;
  }

  /** The text between two offsets, all of it read; `start` must not lie before what `keep` kept. */
  slice(start: number, end: number): string {
    if (start >= this.at) return this.piece.slice(start - this.at, end - this.at);
    const head = this.kept.slice(start - this.from);
    return end <= this.at ? head.slice(0, end - start) : head + this.piece.slice(0, end - this.at);
  }

  /** Where the text read so far ends. */
  get end(): number {
    return this.at + this.piece.length;
  }

  /** The character at an offset, or "" when it has not been read yet. */
  private charAt(offset: number): string {
    return offset >= this.at ? this.piece.charAt(offset - this.at) : this.kept.charAt(offset - this.from);
  }

  /**
   * Where a start tag that has not ended yet begins, or -1: `waka` is where saxes last read a `<`, `tagDone` where
   * the last start or end tag ended. Comments, processing instructions and end tags never need keeping.
   */
  unfinishedTag(waka: number, tagDone: number): number {
    // saxes records a `<` only when it reads the character after it, in the next piece.
    if (this.charAt(this.end - 1) === "<") return this.end - 1;
    if (waka < tagDone) return -1;
    const next = this.charAt(waka + 1);
    return next === "!" || next === "?" || next === "/" ? -1 : waka;
  }

  /** Called once saxes has read the piece: keeps the text from `start` on for later slices (-1: nothing). */
  keep(start: number): void {
    const end = this.end;
    if (start < 0 || start >= end) {
      this.kept = "";
      this.from = end;
    } else if (start >= this.at) {
      this.kept = this.piece.slice(start - this.at);
      this.from = start;
    } else {
      this.kept = (start === this.from ? this.kept : this.kept.slice(start - this.from)) + this.piece;
      this.from = start;
    }
    this.at = end;
    this.piece = "";
  }
}

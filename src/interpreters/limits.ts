/**
 * The hostile-input limits, as problems and as the one guard that must run before saxes sees the text: saxes
 * buffers text until the next tag, so an endless text node is caught here, by counting the run of characters
 * without a `<` across pieces.
 */
import type { Problem } from "../errors.js";
import type { DecodeOptions } from "./options.js";

type Limits = Required<DecodeOptions>;

export const tooDeep = (o: Limits): Problem => ({
  code: "too_deep",
  message: `elements nest deeper than maxDepth (${o.maxDepth})`,
});
export const runTooLong = (o: Limits): Problem => ({
  code: "text_too_long",
  message: `more than maxTextLength (${o.maxTextLength}) characters without markup`,
});
export const textTooLong = (o: Limits): Problem => ({
  code: "text_too_long",
  message: `a text node is longer than maxTextLength (${o.maxTextLength})`,
});
export const tooLarge = (o: Limits): Problem => ({
  code: "document_too_large",
  message: `the document is larger than maxDocumentSize (${o.maxDocumentSize})`,
});

/** Counts the run of characters since the last `<`, across the pieces of a document. */
export class TextRun {
  private run = 0;

  constructor(private readonly max: number) {}

  /**
   * How much of the piece may be read: all of it (-1), or the length after which the run grows too long.
   * (Whole pieces matter: slicing them made saxes' hot loop 5× slower, measured on 1 MB.)
   */
  allowed(piece: string): number {
    const max = this.max;
    let from = 0;
    let run = this.run;
    for (;;) {
      const lt = piece.indexOf("<", from);
      const end = lt === -1 ? piece.length : lt;
      if (run + end - from > max) return from + (max - run);
      if (lt === -1) {
        this.run = run + end - from;
        return -1;
      }
      run = 0;
      from = lt + 1;
    }
  }
}

/**
 * Where saxes' own errors belong, which is not always where saxes stands when it reports them:
 * - saxes pops and closes an element before it sees that the end tag names another one: what that close reported
 *   is withdrawn, and the error belongs to the element whose end tag was wrong;
 * - saxes reports text outside the root where the chunk holding it ends, so the position would depend on how the
 *   input was cut: it is placed instead at the root's end (text after it) or at its start tag (text before it).
 */
const TEXT_OUTSIDE_ROOT = "text data outside of root node.";

export class Repair {
  /** Where the last close happened, how many issues there were before it, and whom it closed. */
  private closePosition = -1;
  closeIssues = 0;
  closeSegment = "";
  /** Just after the root's end tag, once it has closed. */
  rootEnd: { readonly line: number; readonly column: number } | undefined;
  /** Whether non-space text came before the root (reported once the root's start or the end is known). */
  textBeforeRoot = false;

  /** An element closed at `position` (saxes' offset), with `issues` reported before its checks. */
  closed(position: number, issues: number, segment: string): void {
    this.closePosition = position;
    this.closeIssues = issues;
    this.closeSegment = segment;
  }

  /** Whether an error saxes reports at `position` is about the end tag of the element that just closed. */
  endTagOfLastClose(position: number): boolean {
    return this.closePosition === position;
  }

  /** Whether a saxes message is about text outside the root. */
  static outsideRoot(message: string): boolean {
    return message === TEXT_OUTSIDE_ROOT;
  }
}

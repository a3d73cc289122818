/**
 * Small chunks held back and handed on together: every step on the feeder's path (its checks, TextDecoder, saxes)
 * costs something per chunk, which made one-character and one-byte chunks several times slower than the whole.
 * What is handed on is the held chunks joined, which the feeder takes exactly as it would have taken them one by
 * one (UTF-8 is decoded as a stream, and text is only ever appended).
 */
export class Gather {
  private text = "";
  private bytes: Uint8Array | undefined;
  private binary = false;
  /** How many units (strings) or bytes are held. */
  held = 0;

  /** `size`: chunks shorter than this are held, until this much is. */
  constructor(
    private readonly size: number,
    private readonly pass: (chunk: string | Uint8Array) => void,
  ) {}

  /** Holds a small chunk back, or hands on what is held and then the chunk (at once when `now`). */
  add(chunk: string | Uint8Array, now: boolean): void {
    const binary = typeof chunk !== "string";
    if (now || chunk.length >= this.size || binary !== this.binary || this.held + chunk.length > this.size)
      this.flush();
    if (now || chunk.length >= this.size) return this.pass(chunk);
    this.binary = binary;
    if (typeof chunk === "string") this.text += chunk;
    else (this.bytes ??= new Uint8Array(this.size)).set(chunk, this.held);
    this.held += chunk.length;
  }

  /** Hands on what is held. */
  flush(): void {
    if (this.held === 0) return;
    const chunk = this.binary ? (this.bytes as Uint8Array).slice(0, this.held) : this.text;
    this.text = "";
    this.held = 0;
    this.pass(chunk);
  }
}

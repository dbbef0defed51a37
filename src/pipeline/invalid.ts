// Counting invalid byte sequences when the decoder only leaves U+FFFD behind: every U+FFFD in
// the output that the input did not spell out itself stands for one invalid sequence.

/** How each encoding writes U+FFFD itself (a real replacement character in the input is not an error). */
const FFFD_BYTES: Record<string, number[]> = {
  'utf-8': [0xef, 0xbf, 0xbd],
  gb18030: [0x84, 0x31, 0xa4, 0x37],
  'utf-16le': [0xfd, 0xff],
  'utf-16be': [0xff, 0xfd],
};

/** Counts U+FFFD produced by decoding, chunk by chunk, minus those the input encoded literally. */
export class InvalidCounter {
  private readonly pat: number[] | undefined;
  private tail: number[] = [];
  private literal = 0;
  private replaced = 0;

  constructor(encoding: string) {
    this.pat = FFFD_BYTES[encoding];
  }

  bytes(chunk: Uint8Array): void {
    const p = this.pat;
    if (!p) return;
    // Keep the last few bytes so a pattern split across chunks is still seen once.
    let buf = chunk;
    if (this.tail.length) {
      buf = new Uint8Array(this.tail.length + chunk.length);
      buf.set(this.tail);
      buf.set(chunk, this.tail.length);
    }
    const first = p[0];
    for (let i = buf.indexOf(first); i !== -1 && i + p.length <= buf.length; i = buf.indexOf(first, i + 1)) {
      let ok = true;
      for (let j = 0; j < p.length; j++) if (buf[i + j] !== p[j]) { ok = false; break; }
      if (ok) {
        // A match lying wholly in the carried tail was counted with the previous chunk.
        if (i + p.length > this.tail.length) this.literal++;
        i += p.length - 1;
      }
    }
    this.tail = Array.from(buf.subarray(Math.max(0, buf.length - (p.length - 1))));
  }

  text(s: string): void {
    for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) this.replaced++;
  }

  get invalid(): number {
    return Math.max(0, this.replaced - this.literal);
  }
}

// Paragraph features for similarity: the multiset of character bigrams of the comparison
// form, as a sorted array of 32-bit hashes. Sorted arrays make the intersection a linear merge
// and cost 4 bytes a bigram: the whole feature store is linear in the text.

function mix(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae3d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Sorted bigram hashes of a comparison form; a one-character form gives its single character. */
export function bigrams(form: string): Uint32Array {
  const cps = Array.from(form, (c) => c.codePointAt(0)!);
  if (cps.length === 0) return new Uint32Array(0);
  if (cps.length === 1) return Uint32Array.of(mix(cps[0], 0));
  const out = new Uint32Array(cps.length - 1);
  for (let i = 1; i < cps.length; i++) out[i - 1] = mix(cps[i - 1], cps[i]);
  return out.sort();
}

/** Size of the multiset intersection of two sorted arrays. */
export function intersect(x: Uint32Array, y: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const a = x[i];
    const b = y[j];
    if (a === b) {
      n++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return n;
}

/** Dice coefficient of two bigram multisets (0 when both are empty). */
export function dice(x: Uint32Array, y: Uint32Array): number {
  const d = x.length + y.length;
  return d === 0 ? 0 : (2 * intersect(x, y)) / d;
}

// Changed regions between a line and its repair, for reporting fixes span by span.

export interface Region {
  /** Offset in the old line. */
  at: number;
  before: string;
  after: string;
}

const MAX_CELLS = 4_000_000;

/**
 * Regions where `a` and `b` differ, from a longest common subsequence on UTF-16 units.
 * Equal stretches shorter than `glue` units between two changes are folded into one region,
 * so a shifted run that happens to share a character with its repair reads as one change.
 */
export function diffRegions(a: string, b: string, glue = 2): Region[] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const A = a.slice(p, a.length - s);
  const B = b.slice(p, b.length - s);
  if (A === '' && B === '') return [];
  const n = A.length;
  const m = B.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [{ at: p, before: A, after: B }];
  // L[i][j] = LCS length of A[i..] and B[j..]
  const W = m + 1;
  const L = new Uint16Array((n + 1) * W);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i * W + j] = A[i] === B[j] ? L[(i + 1) * W + j + 1] + 1 : Math.max(L[(i + 1) * W + j], L[i * W + j + 1]);
  // Walk: collect maximal changed stretches as [ai, aj, bi, bj].
  const spans: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  let open: [number, number, number, number] | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j]) {
      if (open) {
        spans.push(open);
        open = null;
      }
      i++;
      j++;
      continue;
    }
    if (!open) open = [i, i, j, j];
    if (j < m && (i === n || L[i * W + j + 1] >= L[(i + 1) * W + j])) j++;
    else i++;
    open[1] = i;
    open[3] = j;
  }
  if (open) spans.push(open);
  const merged: [number, number, number, number][] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp[0] - last[1] < glue && sp[2] - last[3] < glue) {
      last[1] = sp[1];
      last[3] = sp[3];
    } else merged.push([...sp]);
  }
  return merged.map(([ai, aj, bi, bj]) => ({ at: p + ai, before: A.slice(ai, aj), after: B.slice(bi, bj) }));
}

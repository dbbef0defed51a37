// A compact, immutable trie over UTF-16 code units, built once per dictionary group and shared by
// every config that uses the group. Children of a node get consecutive ids (breadth-first build
// from sorted keys), so a node is just (first child, child count, label, value): four typed arrays
// instead of one Map per node.

/** Ideographic description characters (U+2FF0–U+2FFF) and how many operands each takes. */
function idsArity(c: number): number {
  if (c < 0x2ff0 || c > 0x2fff) return 0;
  return c === 0x2ff2 || c === 0x2ff3 ? 3 : 2;
}

function cpLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

/** End of the ideographic description sequence starting at i, or 0 if there is none (it is incomplete). */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + 1;
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + cpLength(s, end);
  }
  return end;
}

/**
 * How far to step over text that no key matches: one code point, or a whole ideographic
 * description sequence (OpenCC treats ⿰氵青 as one unit, never converting inside it).
 */
export function unmatchedLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const e = idsEnd(s, i);
    if (e > i) return e - i;
  }
  return cpLength(s, i);
}

/** Above this many keys the root gets a direct 64K table instead of a searched child list. */
const DENSE_ROOT_MIN_KEYS = 300;

export class Trie {
  readonly size: number;
  readonly values: string[];
  readonly sources: Uint32Array | null;
  /** Longest-match results, written by match() to avoid allocating: the longest key whose
   * sources meet the mask, and the longest key of any source. */
  matchEnd = 0;
  matchValue = -1;
  anyEnd = 0;
  anyValue = -1;
  private readonly first: Uint32Array;
  private readonly count: Uint32Array;
  private readonly label: Uint16Array;
  private readonly value: Int32Array;
  private readonly dense: Int32Array | null;
  /** Code units that start some key: a cheap "could anything match here" test. */
  private readonly starts: Uint8Array;

  /**
   * Builds from `ids` (key → index into `values`). `sources[id]` optionally tags each key with
   * bits for the dictionaries it came from, so one trie can also serve a sub-group (segmentation).
   */
  constructor(ids: Map<string, number>, values: string[], sources: Uint32Array | null = null) {
    const keys = [...ids.keys()].filter((k) => k.length > 0).sort();
    this.size = keys.length;
    let units = 1;
    for (const k of keys) units += k.length;
    const first = new Uint32Array(units);
    const count = new Uint32Array(units);
    const label = new Uint16Array(units);
    const value = new Int32Array(units).fill(-1);
    const starts = new Uint8Array(65536);
    // Breadth-first: each queue item is a node and the sorted key range sharing its prefix.
    const qLo = new Uint32Array(units);
    const qHi = new Uint32Array(units);
    const qDepth = new Uint16Array(units);
    qHi[0] = keys.length;
    let next = 1;
    for (let node = 0; node < next; node++) {
      let lo = qLo[node];
      const hi = qHi[node];
      const depth = qDepth[node];
      if (lo < hi && keys[lo].length === depth) {
        value[node] = ids.get(keys[lo]) as number;
        lo++;
      }
      first[node] = next;
      while (lo < hi) {
        const c = keys[lo].charCodeAt(depth);
        let end = lo + 1;
        while (end < hi && keys[end].charCodeAt(depth) === c) end++;
        label[next] = c;
        if (depth === 0) starts[c] = 1;
        qLo[next] = lo;
        qHi[next] = end;
        qDepth[next] = depth + 1;
        next++;
        lo = end;
      }
      count[node] = next - first[node];
    }
    this.sources = sources;
    this.first = first.slice(0, next);
    this.count = count.slice(0, next);
    this.label = label.slice(0, next);
    this.value = value.slice(0, next);
    this.values = values;
    this.starts = starts;
    let dense: Int32Array | null = null;
    if (keys.length >= DENSE_ROOT_MIN_KEYS) {
      dense = new Int32Array(65536);
      for (let k = this.first[0], e = k + this.count[0]; k < e; k++) dense[this.label[k]] = k;
    }
    this.dense = dense;
  }

  /** Bytes held by the typed arrays (values' strings not counted). */
  get byteSize(): number {
    return (
      this.first.byteLength + this.count.byteLength + this.label.byteLength + this.value.byteLength +
      this.starts.byteLength + (this.dense?.byteLength ?? 0)
    );
  }

  private child(node: number, c: number): number {
    let lo = this.first[node];
    let hi = lo + this.count[node];
    const label = this.label;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (label[lo] === c) return lo;
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid];
      if (l === c) return mid;
      if (l < c) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /**
   * Longest key that starts at i and ends by `end` (with `mask`, only keys from those sources
   * count); sets matchEnd/matchValue, and anyEnd/anyValue for the longest key of any source.
   */
  match(s: string, i: number, end: number, mask = 0): boolean {
    const c0 = s.charCodeAt(i);
    this.anyValue = -1;
    if (this.starts[c0] === 0) return false;
    let node = this.dense !== null ? this.dense[c0] : this.child(0, c0);
    const sources = mask === 0 ? null : this.sources;
    let found = false;
    let j = i + 1;
    for (;;) {
      const v = this.value[node];
      if (v >= 0) {
        this.anyEnd = j;
        this.anyValue = v;
        if (sources === null || (sources[v] & mask) !== 0) {
          this.matchEnd = j;
          this.matchValue = v;
          found = true;
        }
      }
      if (j >= end || this.count[node] === 0) break;
      node = this.child(node, s.charCodeAt(j));
      if (node === 0) break;
      j++;
    }
    return found;
  }

  /** True when some key could start somewhere in s (lets callers skip a whole pass). */
  mayMatch(s: string): boolean {
    const starts = this.starts;
    for (let i = 0; i < s.length; i++) if (starts[s.charCodeAt(i)] === 1) return true;
    return false;
  }

  /** Leftmost-longest replacement over s[from, to): OpenCC's conversion of one segment. */
  convert(s: string, from = 0, to = s.length): string {
    let out = '';
    let copyFrom = from;
    let i = from;
    while (i < to) {
      if (this.match(s, i, to)) {
        if (copyFrom < i) out += s.slice(copyFrom, i);
        out += this.values[this.matchValue];
        i = copyFrom = this.matchEnd;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    if (copyFrom === from && from === 0 && to === s.length) return s;
    return copyFrom < to ? out + s.slice(copyFrom, to) : out;
  }
}

/** Parses opencc-js's "key value|key value" format. */
export function parseDict(data: string): [string, string][] {
  const out: [string, string][] = [];
  if (data === '') return out;
  for (const entry of data.split('|')) {
    const sp = entry.indexOf(' ');
    if (sp <= 0) continue;
    const end = entry.indexOf(' ', sp + 1);
    out.push([entry.slice(0, sp), entry.slice(sp + 1, end < 0 ? undefined : end)]);
  }
  return out;
}

// Runs one OpenCC config in a single left-to-right pass: segmentation and the first conversion
// stage share the scan, a phrase segment's full-chain output is cached per phrase, and only the
// unmatched runs between phrases go through the dictionary chain. Output is exactly OpenCC's
// (segment by longest phrase match, convert each segment through the chain in order).
import { dictData } from './registry.js';
import type { DictName, Plan } from './dicts.js';
import { Trie, parseDict, unmatchedLength } from './trie.js';

/** Tries by dictionary group ("A+B+C"), shared by every config and converter that uses the group. */
const tries = new Map<string, Trie>();
/** Full-chain outputs of phrase segments, by plan, indexed like the segmentation trie's values. */
const segmentCaches = new Map<string, (string | undefined)[]>();

function groupKey(names: readonly DictName[]): string {
  return names.join('+');
}

/** A group's trie: keys of every dictionary in it, the first dictionary winning on equal keys. */
export function groupTrie(names: readonly DictName[]): Trie {
  const key = groupKey(names);
  let t = tries.get(key);
  if (!t) {
    const merged = new Map<string, string>();
    for (let k = names.length - 1; k >= 0; k--) {
      const data = dictData(names[k]);
      if (data === undefined) throw new Error(`dictionary ${names[k]} not loaded`); // callers check first
      for (const [from, to] of parseDict(data)) merged.set(from, to);
    }
    t = new Trie(merged);
    tries.set(key, t);
  }
  return t;
}

/** Bytes held by all shared tries (for the benchmark's memory report). */
export function sharedTrieBytes(): number {
  let n = 0;
  for (const t of tries.values()) n += t.byteSize;
  return n;
}

export class Engine {
  private readonly norm: Trie | null;
  private readonly seg: Trie;
  private readonly chain: Trie[];
  /** No segmentation and one group: a match's output is simply its value. */
  private readonly direct: boolean;
  private readonly cache: (string | undefined)[];
  private readonly custom: Trie | null;

  constructor(plan: Plan, custom: Map<string, string> | null) {
    this.norm = plan.normalization.length ? groupTrie(plan.normalization) : null;
    this.chain = plan.chain.map(groupTrie);
    if (!plan.segmentation && plan.chain.length !== 1) throw new Error('unsegmented plans have one group');
    this.seg = plan.segmentation ? groupTrie(plan.segmentation) : this.chain[0];
    this.direct = plan.segmentation === null;
    const cacheKey = `${groupKey(plan.segmentation ?? [])}>${plan.chain.map(groupKey).join('>')}`;
    let cache = segmentCaches.get(cacheKey);
    if (!cache) segmentCaches.set(cacheKey, (cache = []));
    this.cache = cache;
    this.custom = custom && custom.size ? new Trie(custom) : null;
  }

  private throughChain(s: string, from: number, to: number): string {
    let t = this.chain[0].convert(s, from, to);
    for (let k = 1; k < this.chain.length; k++) t = this.chain[k].convert(t);
    return t;
  }

  convert(input: string): string {
    const s = this.norm !== null && this.norm.mayMatch(input) ? this.norm.convert(input) : input;
    const { seg, custom, direct, cache } = this;
    const n = s.length;
    let out = '';
    let runStart = -1;
    let i = 0;
    while (i < n) {
      let end = -1;
      let value = '';
      if (custom !== null && custom.match(s, i, n)) {
        end = custom.matchEnd;
        value = custom.values[custom.matchValue];
      }
      // A user's pair wins over a built-in phrase of the same length.
      if (seg.match(s, i, n) && seg.matchEnd > end) {
        end = seg.matchEnd;
        if (direct) value = seg.values[seg.matchValue];
        else {
          const idx = seg.matchValue;
          const hit = cache[idx];
          value = hit !== undefined ? hit : (cache[idx] = this.throughChain(s, i, end));
        }
      }
      if (end < 0) {
        if (runStart < 0) runStart = i;
        i += unmatchedLength(s, i);
        continue;
      }
      if (runStart >= 0) {
        // Text between phrases: one segment, unchanged by `direct` plans (nothing matched in it).
        out += direct ? s.slice(runStart, i) : this.throughChain(s, runStart, i);
        runStart = -1;
      }
      out += value;
      i = end;
    }
    if (runStart >= 0) out += direct ? s.slice(runStart, n) : this.throughChain(s, runStart, n);
    return out;
  }
}

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
const segmentCaches = new Map<string, (string | null)[]>();

function groupKey(names: readonly DictName[]): string {
  return names.join('+');
}

/**
 * A group's trie: keys of every dictionary in it, the first dictionary winning on equal keys.
 * Each key also records (bit k) which of the group's dictionaries contain it.
 */
export function groupTrie(names: readonly DictName[]): Trie {
  const key = groupKey(names);
  let t = tries.get(key);
  if (!t) {
    const ids = new Map<string, number>();
    const values: string[] = [];
    const masks: number[] = [];
    names.forEach((name, k) => {
      const data = dictData(name);
      if (data === undefined) throw new Error(`dictionary ${name} not loaded`); // callers check first
      for (const [from, to] of parseDict(data)) {
        const id = ids.get(from);
        if (id === undefined) {
          ids.set(from, values.length);
          values.push(to);
          masks.push(1 << k);
        } else masks[id] |= 1 << k;
      }
    });
    t = new Trie(ids, values, Uint32Array.from(masks));
    tries.set(key, t);
  }
  return t;
}

/** A trie over user pairs (later pairs already won in the map). */
export function pairTrie(pairs: Map<string, string>): Trie {
  const ids = new Map<string, number>();
  const values: string[] = [];
  for (const [k, v] of pairs) {
    ids.set(k, values.length);
    values.push(v);
  }
  return new Trie(ids, values);
}

/** Bytes held by all shared tries (for the benchmark's memory report). */
export function sharedTrieBytes(): number {
  let n = 0;
  for (const t of tries.values()) n += t.byteSize;
  return n;
}

/** One replacement made by a conversion: where, what, and which stage did it. */
export interface ConversionChange {
  /** UTF-16 offset in the input (after normalization, when `via` of an earlier change is 'normalization'). */
  offset: number;
  before: string;
  after: string;
  /**
   * `normalization`: a CJK compatibility ideograph unified; `phrase`: a phrase-dictionary segment;
   * `characters`: text between phrases, through the character and regional dictionaries;
   * `user`: a pair from the caller's `dictionaries`.
   */
  via: 'normalization' | 'phrase' | 'characters' | 'user';
}

export class Engine {
  private readonly norm: Trie | null;
  private readonly seg: Trie;
  private readonly chain: Trie[];
  /** No segmentation and one group: a match's output is simply its value. */
  private readonly direct: boolean;
  private readonly segMask: number;
  private readonly fusedFirstStage: boolean;
  private readonly cache: (string | null)[];
  private readonly custom: Trie | null;

  constructor(plan: Plan, custom: Map<string, string> | null) {
    this.norm = plan.normalization.length ? groupTrie(plan.normalization) : null;
    this.chain = plan.chain.map(groupTrie);
    if (!plan.segmentation && plan.chain.length !== 1) throw new Error('unsegmented plans have one group');
    this.direct = plan.segmentation === null;
    // Segment with the trie of a chain group that holds every segmentation dictionary, looking
    // only at keys from those dictionaries: no second copy of STPhrases.
    let seg = this.chain[0];
    let segMask = 0;
    let host = -1;
    if (plan.segmentation) {
      const segDicts = plan.segmentation;
      host = plan.chain.findIndex((g) => segDicts.every((d) => g.includes(d)));
      if (host >= 0) {
        seg = this.chain[host];
        for (const d of segDicts) segMask |= 1 << plan.chain[host].indexOf(d);
      } else seg = groupTrie(segDicts);
    }
    this.seg = seg;
    this.segMask = segMask;
    this.fusedFirstStage = host === 0;
    const cacheKey = `${groupKey(plan.segmentation ?? [])}>${plan.chain.map(groupKey).join('>')}`;
    let cache = segmentCaches.get(cacheKey);
    if (!cache) segmentCaches.set(cacheKey, (cache = new Array<string | null>(seg.values.length).fill(null)));
    this.cache = cache;
    this.custom = custom && custom.size ? pairTrie(custom) : null;
  }

  private throughChain(s: string, from: number, to: number): string {
    let t = this.chain[0].convert(s, from, to);
    for (let k = 1; k < this.chain.length; k++) t = this.chain[k].convert(t);
    return t;
  }

  /** The chain after its first group, for text the first group already converted. */
  private afterFirst(t: string): string {
    for (let k = 1; k < this.chain.length; k++) t = this.chain[k].convert(t);
    return t;
  }

  convert(input: string): string {
    const s = this.norm !== null && this.norm.mayMatch(input) ? this.norm.convert(input) : input;
    const { seg, segMask, custom, direct, cache, fusedFirstStage } = this;
    const n = s.length;
    let out = '';
    let runStart = -1;
    // First-stage output of the current run, built during the scan when the segmentation trie
    // is the first group's (the walk that finds no phrase also finds the character's mapping).
    let runFirst = '';
    let runFused = fusedFirstStage;
    let runCopy = 0;
    let i = 0;
    while (i < n) {
      let end = -1;
      let value = '';
      if (custom !== null && custom.match(s, i, n)) {
        end = custom.matchEnd;
        value = custom.values[custom.matchValue];
      }
      const segHit = seg.match(s, i, n, segMask);
      // A user's pair wins over a built-in phrase of the same length.
      if (segHit && seg.matchEnd > end) {
        end = seg.matchEnd;
        if (direct) value = seg.values[seg.matchValue];
        else {
          const idx = seg.matchValue;
          const hit = cache[idx];
          value = hit !== null ? hit : (cache[idx] = this.throughChain(s, i, end));
        }
      }
      if (end < 0) {
        if (runStart < 0) {
          runStart = runCopy = i;
          runFirst = '';
          runFused = fusedFirstStage;
        }
        const step = unmatchedLength(s, i);
        if (runFused && seg.anyValue >= 0) {
          // Copy unmapped text in slices, not character by character (fewer strings to collect).
          if (seg.anyEnd === i + step) {
            runFirst += s.slice(runCopy, i) + seg.values[seg.anyValue];
            runCopy = i + step;
          } else runFused = false; // a longer non-phrase key: convert the run the slow, exact way
        }
        i += step;
        continue;
      }
      if (runStart >= 0) {
        out += this.runOutput(s, runStart, i, runFused, runFused ? runFirst + s.slice(runCopy, i) : '');
        runStart = -1;
      }
      out += value;
      i = end;
    }
    if (runStart >= 0) out += this.runOutput(s, runStart, n, runFused, runFused ? runFirst + s.slice(runCopy, n) : '');
    return out;
  }

  /** Text between phrases is one segment; `direct` plans leave it as is (nothing matched in it). */
  private runOutput(s: string, from: number, to: number, fused: boolean, first: string): string {
    if (this.direct) return s.slice(from, to);
    return fused ? this.afterFirst(first) : this.throughChain(s, from, to);
  }

  /** Same output as convert(), plus every change it made (slower: for reports, not bulk text). */
  convertDetailed(input: string): { text: string; changes: ConversionChange[] } {
    const changes: ConversionChange[] = [];
    let s = input;
    if (this.norm !== null && this.norm.mayMatch(input)) {
      s = this.norm.convert(input);
      for (let i = 0; i < input.length; ) {
        if (this.norm.match(input, i, input.length)) {
          const after = this.norm.values[this.norm.matchValue];
          const before = input.slice(i, this.norm.matchEnd);
          if (after !== before) changes.push({ offset: i, before, after, via: 'normalization' });
          i = this.norm.matchEnd;
        } else i += unmatchedLength(input, i);
      }
    }
    const { seg, segMask, custom, direct } = this;
    const n = s.length;
    let out = '';
    let runStart = -1;
    const note = (offset: number, before: string, after: string, via: ConversionChange['via']) => {
      if (before !== after) changes.push({ offset, before, after, via });
      out += after;
    };
    const flush = (to: number) => {
      if (runStart < 0) return;
      note(runStart, s.slice(runStart, to), direct ? s.slice(runStart, to) : this.throughChain(s, runStart, to), 'characters');
      runStart = -1;
    };
    for (let i = 0; i < n; ) {
      const userEnd = custom !== null && custom.match(s, i, n) ? custom.matchEnd : -1;
      if (seg.match(s, i, n, segMask) && seg.matchEnd > userEnd) {
        // Read the match before flush(): the chain may share this trie and overwrite it.
        const end = seg.matchEnd;
        const directValue = seg.values[seg.matchValue];
        flush(i);
        const before = s.slice(i, end);
        // Unsegmented configs match phrases and characters in one group: tell them apart by length.
        const via = direct && end - i === unmatchedLength(s, i) ? 'characters' : 'phrase';
        note(i, before, direct ? directValue : this.throughChain(s, i, end), via);
        i = end;
      } else if (userEnd >= 0 && custom !== null) {
        const userValue = custom.values[custom.matchValue];
        flush(i);
        note(i, s.slice(i, userEnd), userValue, 'user');
        i = userEnd;
      } else {
        if (runStart < 0) runStart = i;
        i += unmatchedLength(s, i);
      }
    }
    flush(n);
    return { text: out, changes };
  }
}

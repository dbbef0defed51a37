// Chunked conversion for web streams (browser-safe): text is held back until a cut point where
// no dictionary key can span, so the output equals converting the whole text at once.
import { ZhnormError } from '../types.js';
import type { ConvertOptions } from './convert.js';
import { loadConverter, resolveConfig } from './convert.js';
import { dictsOf, planFor } from './dicts.js';
import { dictData } from './registry.js';
import { unmatchedLength } from './trie.js';

/** Characters after which a stream may be cut, if no dictionary key contains them. */
export const STREAM_BOUNDARIES = ['\n', '。', '！', '？', '；', '，'] as const;

/** Above this much buffered text without a safe cut, the stream fails instead of growing forever. */
export const MAX_PENDING = 16 * 1024 * 1024;

/** The boundary characters that appear in no key of the config's dictionaries or the user's. */
export function safeBoundaries(opts: ConvertOptions): Set<string> {
  const config = resolveConfig(opts);
  const datas = dictsOf(planFor(config, opts.tofuRisk !== false)).map((d) => dictData(d) ?? '');
  const userKeys = (opts.dictionaries ?? []).map((p) => p[0]);
  // Raw data is "key value|…": a boundary inside any value is also excluded (safe side).
  return new Set(STREAM_BOUNDARIES.filter((b) => !datas.some((d) => d.includes(b)) && !userKeys.some((k) => k.includes(b))));
}

/**
 * Whether p falls inside an ideographic description sequence (U+2FF0–2FFF and its operands),
 * which OpenCC steps over as one unit; an unfinished one may still reach past p.
 */
function insideIds(s: string, p: number): boolean {
  for (let k = 0; k < p; k++) {
    const u = s.charCodeAt(k);
    if (u < 0x2ff0 || u > 0x2fff) continue;
    const len = unmatchedLength(s, k);
    if (len === 1 || k + len > p) return true;
  }
  return false;
}

/** Index just after the last safe cut in s, or 0 if there is none. */
export function lastSafeCut(s: string, safe: Set<string>): number {
  for (let i = s.length - 1; i >= 0; i--) {
    if (safe.has(s[i]) && !insideIds(s, i + 1)) return i + 1;
  }
  return 0;
}

/**
 * A TransformStream of strings that converts as it goes. Loads the config's dictionaries first
 * if the build loads them lazily.
 */
export function convertStream(opts: ConvertOptions): TransformStream<string, string> {
  let conv: ((s: string) => string) | null = null;
  let safe = new Set<string>();
  let pending = '';
  return new TransformStream<string, string>({
    async start() {
      conv = await loadConverter(opts);
      safe = safeBoundaries(opts);
    },
    transform(chunk, controller) {
      if (typeof chunk !== 'string') throw new ZhnormError('BAD_INPUT', 'convertStream expects string chunks');
      pending += chunk;
      const cut = lastSafeCut(pending, safe);
      if (cut > 0 && conv) {
        controller.enqueue(conv(pending.slice(0, cut)));
        pending = pending.slice(cut);
      } else if (pending.length > MAX_PENDING) {
        throw new ZhnormError('BAD_INPUT', `no safe place to cut the stream in ${MAX_PENDING} characters (no line end or 。！？；，)`);
      }
    },
    flush(controller) {
      if (pending && conv) controller.enqueue(conv(pending));
      pending = '';
    },
  });
}

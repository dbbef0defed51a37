// The comparison form of a paragraph: what the aligner compares, never what it returns.
// Both sides are taken through the same steps so that script, width, punctuation and the
// seeds' damage do not count as differences: repair → drop pinyin readings and decoding
// debris → Taiwan/HK phrases and characters to simplified → width fold → keep letters,
// digits and Han only, Latin in lower case.
import { repair } from '../repair/repair.js';
import { convert } from '../convert/convert.js';

// A reading the seeds' annotator inserted: `(wǎng)`, or `?cè)` where a GBK split swallowed
// the `(`. Only readings with a tone mark count, so real parentheses like `(dMRI)` stay.
const READING = /[?？]?[(（]?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;
// Kept for comparison: Han (BMP and extension planes), ASCII letters and digits.
const KEEP = /[\p{Script=Han}a-z0-9]+/gu;

function stripDamage(s: string): string {
  return s.replace(READING, '');
}

/** Folds one (already script-converted) paragraph to its comparison form. */
export function fold(s: string): string {
  const t = stripDamage(s).normalize('NFKC').toLowerCase();
  const m = t.match(KEEP);
  // A paragraph of only symbols (`***`, `——`) is still compared, on its symbols.
  return m ? m.join('') : t.replace(/\s+/g, '');
}

/** Runs `f` over all paragraphs at once (one call is much cheaper than thousands), falling back per paragraph if the line count changes. */
function mapJoined(paras: readonly string[], f: (s: string) => string): string[] {
  if (paras.length === 0) return [];
  const safe = paras.map((p) => p.replace(/[\r\n]+/g, ' '));
  const out = f(safe.join('\n')).split('\n');
  return out.length === safe.length ? out : safe.map(f);
}

const toForm = (paras: readonly string[]): string[] =>
  // tw2sp folds Taiwan phrases (軟體→软件, 視訊→视频) as well as characters; it is the identity on simplified text.
  mapJoined(paras.map(stripDamage), (s: string) => convert(s, { config: 'tw2sp' })).map(fold);

/** Comparison forms of a list of paragraphs, index for index (no repair: see repairedForms). */
export function comparisonForms(paras: readonly string[]): string[] {
  return toForm(paras);
}

/**
 * Comparison forms after `repair()` for the paragraphs at `which`, only those that repair
 * changed. Repair costs far more than the rest, so the aligner calls it only for paragraphs
 * that found no good partner as they stood.
 */
export function repairedForms(paras: readonly string[], which: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (which.length === 0) return out;
  const before = which.map((i) => paras[i]);
  const after = mapJoined(before, (s) => {
    try {
      return repair(s).text;
    } catch {
      return s; // repair is an aid here; a failure must not stop the alignment
    }
  });
  const ks = which.map((_, k) => k).filter((k) => after[k] !== before[k]);
  const forms = toForm(ks.map((k) => after[k]));
  ks.forEach((k, u) => out.set(which[k], forms[u]));
  return out;
}

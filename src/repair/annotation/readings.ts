// Which readings each GBK two-byte character has, from the generated table (pinyin-pro data).
import { READINGS, TRADITIONAL } from './data/readings.js';
import { codeOf } from '../../encoding/tables.js';

/** A pinyin syllable as the annotator wrote it (tone marks, ü), the only thing it put in parentheses. */
export const SYLLABLE_SRC = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7}';

let byCode: Map<number, string[]> | null = null;

function load(): Map<number, string[]> {
  if (byCode) return byCode;
  const m = new Map<number, string[]>();
  for (const entry of READINGS.split(' ')) {
    const chars = [...entry];
    let k = 0;
    while (k < chars.length && chars[k].codePointAt(0)! < 0x3400) k++;
    const reading = chars.slice(0, k).join('');
    for (const ch of chars.slice(k)) {
      const code = codeOf(ch.codePointAt(0)!, 'gbk');
      if (code === undefined || code < 0x100) continue;
      const list = m.get(code);
      if (list) list.push(reading);
      else m.set(code, [reading]);
    }
  }
  byCode = m;
  return m;
}

/** True when the GBK character with this two-byte code (lead<<8|trail) can be read as `reading`. */
export function hasReading(code: number, reading: string): boolean {
  return load().get(code)?.includes(reading.normalize('NFC')) ?? false;
}

/** The syllable without its tone mark (ü kept): `zhǎng` → `zhang`. */
export function toneless(reading: string): string {
  return reading
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u030c]/g, '') // tone marks; U+0308 is the diaeresis of ü
    .normalize('NFC');
}

/**
 * Like hasReading, ignoring the tone of a toned reading: the annotator's dictionary sometimes
 * gives another tone than pinyin-pro (績 jī there, jì here). An untoned `(wang)` is no annotation.
 */
export function hasReadingAnyTone(code: number, reading: string): boolean {
  const r = load().get(code);
  if (!r) return false;
  const t = toneless(reading.normalize('NFC'));
  if (t === reading.normalize('NFC')) return r.includes(t); // no tone mark: only a neutral-tone reading, exactly
  return r.some((x) => toneless(x) === t);
}

/** Lead bytes 0x81–0xFE whose pair with `prev` is a GBK character read as `reading` (any tone if none matches exactly). */
export function bytesPinnedBy(prev: number, reading: string): number[] {
  const out: number[] = [];
  for (let x = 0x81; x <= 0xfe; x++) if (hasReading((prev << 8) | x, reading)) out.push(x);
  if (out.length === 0) for (let x = 0x81; x <= 0xfe; x++) if (hasReadingAnyTone((prev << 8) | x, reading)) out.push(x);
  return out;
}

let trad: Set<number> | null = null;

/** True for a traditional-only form (one OpenCC takes to another simplified character). */
export function isTraditionalOnly(cp: number): boolean {
  trad ??= new Set(Array.from(TRADITIONAL, (c) => c.codePointAt(0)!));
  return trad.has(cp);
}

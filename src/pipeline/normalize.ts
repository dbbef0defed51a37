import { ZhnormError, type Fix, type NormalizeResult, type OpenCCConfig, type Report, type Variant } from '../types.js';
import { decode } from '../encoding/decode.js';
import { repair } from '../repair/repair.js';
import { clean, type CleanOptions } from '../clean/clean.js';
import { convert } from '../convert/convert.js';
import { configFor } from '../convert/configs.js';

export interface NormalizeOptions {
  /** Encoding hint for byte input. */
  encoding?: string;
  /** Target variant; omitted means no conversion. */
  to?: Variant;
  /** Source variant when converting; defaults to `t` for targets `cn`, else `cn`. */
  from?: Variant;
  /** Skip the repair stage. */
  repair?: boolean;
  /** Skip the clean stage, or pass its options. */
  clean?: boolean | CleanOptions;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) out[key(it)] = (out[key(it)] ?? 0) + 1;
  return out;
}

/** decode → repair → clean → convert, each stage reporting what it did. */
export function normalize(input: string | Uint8Array, opts: NormalizeOptions = {}): NormalizeResult {
  const report: Report = { fixes: [], fixesByKind: {}, lines: { input: 0, kept: 0, dropped: 0 }, droppedByReason: {}, conversion: null };
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (input.length === 0) throw new ZhnormError('EMPTY_INPUT', 'input is empty');
    const d = decode(input, { hint: opts.encoding });
    text = d.text;
    report.encoding = { name: d.encoding, confidence: d.confidence, invalid: d.invalid?.length ?? 0 };
  }
  let fixes: Fix[] = [];
  if (opts.repair !== false) ({ text, fixes } = repair(text));
  report.fixes = fixes;
  report.fixesByKind = countBy(fixes, (f) => f.kind);
  if (opts.clean !== false) {
    const c = clean(text, typeof opts.clean === 'object' ? opts.clean : {});
    text = c.text;
    const dropped = c.lines.filter((l) => !l.keep);
    report.lines = { input: c.lines.length, kept: c.lines.length - dropped.length, dropped: dropped.length };
    report.droppedByReason = countBy(dropped, (l) => l.reason ?? 'unspecified');
  }
  if (opts.to) {
    const from = opts.from ?? (opts.to === 'cn' ? 't' : 'cn');
    const config: OpenCCConfig = configFor(from, opts.to);
    text = convert(text, { config });
    report.conversion = { config };
  }
  return { text, report };
}

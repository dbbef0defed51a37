import { ZhnormError, type NormalizeResult } from '../types.js';
import { decode } from '../encoding/decode.js';
import { conversionReport, emptyReport, mergeInto, planConversion, runStages, validateOptions, type NormalizeOptions } from './stages.js';
import { InvalidCounter } from './invalid.js';

export type { NormalizeOptions } from './stages.js';

/**
 * decode → repair → clean → convert on one page, each stage reporting what it did.
 * A string skips decoding; bytes are decoded (detected, or `encoding`), and invalid sequences
 * stay in the text as U+FFFD and are counted in `report.encoding.invalid`.
 */
export function normalize(input: string | Uint8Array, opts: NormalizeOptions = {}): NormalizeResult {
  validateOptions(opts);
  const report = emptyReport();
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (!(input instanceof Uint8Array)) throw new ZhnormError('BAD_INPUT', 'normalize expects a string or a Uint8Array');
    if (input.length === 0) throw new ZhnormError('EMPTY_INPUT', 'input is empty');
    const d = decode(input, { hint: opts.encoding });
    text = d.text;
    let invalid: number;
    if (d.invalid) invalid = d.invalid.length;
    else {
      const c = new InvalidCounter(d.encoding);
      c.bytes(input);
      c.text(text);
      invalid = c.invalid;
    }
    report.encoding = { name: d.encoding, confidence: d.confidence, invalid };
    if (d.invalid?.length) report.encoding.invalidOffsets = d.invalid;
    if (invalid > 0) report.notes?.push(`${invalid} invalid byte sequence(s) kept as U+FFFD`);
  }
  const r = runStages(text, opts, (cleaned) => planConversion(opts, cleaned));
  mergeInto(report, r);
  conversionReport(r.plan, report);
  return { text: r.text, report };
}

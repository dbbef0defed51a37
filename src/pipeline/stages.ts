import { ZhnormError, type Fix, type OpenCCConfig, type Report, type Variant } from '../types.js';
import { repair } from '../repair/repair.js';
import { clean, type CleanOptions } from '../clean/clean.js';
import { convert, preload } from '../convert/convert.js';
import { CONFIG_VARIANTS, assertVariant } from '../convert/configs.js';
import { inferScript } from './script.js';

export interface NormalizeOptions {
  /** Encoding of byte input (a WHATWG label); detected when omitted. */
  encoding?: string;
  /** Target variant; omitted means no conversion. */
  to?: Variant;
  /** Source variant when converting; inferred from the text when omitted (see docs/pipeline.md). */
  from?: Variant;
  /** false skips the repair stage. */
  repair?: boolean;
  /** false skips the clean stage; an object is passed to `clean`. */
  clean?: boolean | CleanOptions;
}

export function emptyReport(): Report {
  return { fixes: [], fixesByKind: {}, lines: { input: 0, kept: 0, dropped: 0 }, droppedByReason: {}, conversion: null, notes: [] };
}

/** The conversion plan: which OpenCC configs, in order, take `from` to `to`. */
export interface ConversionPlan {
  from: Variant;
  to: Variant;
  steps: OpenCCConfig[];
  sourceInferred: boolean;
}

function directConfig(from: Variant, to: Variant): OpenCCConfig | undefined {
  for (const [name, v] of Object.entries(CONFIG_VARIANTS)) if (v.from === from && v.to === to) return name as OpenCCConfig;
  return undefined;
}

/**
 * Decides the conversion from the options and (when `from` is not given) the text itself.
 * No direct OpenCC config (e.g. t → twp): goes through cn. Same variant: no steps.
 */
export function planConversion(opts: NormalizeOptions, sample: string): ConversionPlan | null {
  if (opts.to === undefined) return null;
  const to = assertVariant(opts.to);
  let from: Variant;
  let sourceInferred = false;
  if (opts.from !== undefined) from = assertVariant(opts.from);
  else {
    sourceInferred = true;
    from = inferScript(sample) ?? (to === 'cn' ? 't' : 'cn');
  }
  if (from === to) return { from, to, steps: [], sourceInferred };
  const direct = directConfig(from, to);
  if (direct) return { from, to, steps: [direct], sourceInferred };
  const a = directConfig(from, 'cn');
  const b = directConfig('cn', to);
  if (from === 'cn' || !a || !b) throw new ZhnormError('UNKNOWN_CONFIG', `no OpenCC conversion from ${from} to ${to}`);
  return { from, to, steps: [a, b], sourceInferred };
}

export function conversionReport(plan: ConversionPlan | null, report: Report): void {
  if (!plan) return;
  const last = plan.steps[plan.steps.length - 1];
  if (!last) {
    report.conversion = null;
    report.notes?.push(`input already in ${plan.to}${plan.sourceInferred ? ' (inferred)' : ''}: not converted`);
    return;
  }
  report.conversion = { config: last, steps: plan.steps, from: plan.from, to: plan.to, sourceInferred: plan.sourceInferred };
}

export interface StageResult {
  text: string;
  fixes: Fix[];
  /** Lines seen by clean (0 when clean is off: then every input line is kept). */
  lines: { input: number; kept: number; dropped: number };
  droppedByReason: Record<string, number>;
}

function countLines(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? n : n + 1;
}

/** repair → clean → convert on one page or window of text; `lineOffset` shifts fix line numbers. */
export function runStages(
  text: string,
  opts: NormalizeOptions,
  plan: ConversionPlan | null | ((cleaned: string) => ConversionPlan | null),
  lineOffset = 0,
): StageResult & { plan: ConversionPlan | null } {
  let fixes: Fix[] = [];
  if (opts.repair !== false) {
    const r = repair(text);
    text = r.text;
    fixes = lineOffset ? r.fixes.map((f) => ({ ...f, line: f.line + lineOffset })) : r.fixes;
  }
  let lines = { input: 0, kept: 0, dropped: 0 };
  const droppedByReason: Record<string, number> = {};
  if (opts.clean !== false) {
    const c = clean(text, typeof opts.clean === 'object' ? opts.clean : {});
    text = c.text;
    let dropped = 0;
    for (const l of c.lines) {
      if (l.keep) continue;
      dropped++;
      const why = l.reason ?? 'unspecified';
      droppedByReason[why] = (droppedByReason[why] ?? 0) + 1;
    }
    lines = { input: c.lines.length, kept: c.lines.length - dropped, dropped };
  } else {
    const n = countLines(text);
    lines = { input: n, kept: n, dropped: 0 };
  }
  // The source script is judged on the cleaned text: boilerplate (spam in the other script) is gone by then.
  const p = typeof plan === 'function' ? plan(text) : plan;
  if (p) for (const config of p.steps) text = convert(text, { config });
  return { text, fixes, lines, droppedByReason, plan: p };
}

/** Adds one window's results into a running report, keeping at most `maxFixes` fixes listed. */
export function mergeInto(report: Report, r: StageResult, maxFixes = Infinity): void {
  for (const f of r.fixes) {
    report.fixesByKind[f.kind] = (report.fixesByKind[f.kind] ?? 0) + 1;
    if (report.fixes.length < maxFixes) report.fixes.push(f);
    else report.fixesOmitted = (report.fixesOmitted ?? 0) + 1;
  }
  report.lines.input += r.lines.input;
  report.lines.kept += r.lines.kept;
  report.lines.dropped += r.lines.dropped;
  for (const [k, n] of Object.entries(r.droppedByReason)) report.droppedByReason[k] = (report.droppedByReason[k] ?? 0) + n;
}

/** Checks the options up front, so a bad variant fails before any work (or output) is done. */
export function validateOptions(opts: NormalizeOptions): void {
  if (opts.to !== undefined) assertVariant(opts.to);
  if (opts.from !== undefined) assertVariant(opts.from);
  if (opts.from !== undefined && opts.to === undefined) throw new ZhnormError('USAGE', '`from` needs `to`: give the target variant');
}

/**
 * Loads the dictionaries a run may need (the script test and every possible conversion step), so
 * the synchronous stages also work in builds that load dictionaries lazily. Harmless when loaded.
 */
export async function prepare(opts: NormalizeOptions): Promise<void> {
  validateOptions(opts);
  if (opts.to === undefined) return;
  const to = assertVariant(opts.to);
  const configs = new Set<OpenCCConfig>(['t2s', 's2t']);
  for (const from of opts.from !== undefined ? [assertVariant(opts.from)] : (['cn', 't'] as Variant[])) {
    if (from === to) continue;
    const direct = directConfig(from, to);
    if (direct) configs.add(direct);
    else {
      const a = directConfig(from, 'cn');
      const b = directConfig('cn', to);
      if (a) configs.add(a);
      if (b) configs.add(b);
    }
  }
  await preload([...configs]);
}

// Public types shared by every stage. Names may gain fields; they must not lose these.

/** OpenCC variants: `cn` simplified, `tw` Taiwan, `twp` Taiwan with phrases, `hk`, `hkp`, `t` OpenCC traditional, `jp` Japanese shinjitai. */
export type Variant = 'cn' | 'tw' | 'twp' | 'hk' | 'hkp' | 't' | 'jp';

/** Every OpenCC configuration name. */
export type OpenCCConfig =
  | 's2t'
  | 't2s'
  | 's2tw'
  | 'tw2s'
  | 's2twp'
  | 'tw2sp'
  | 's2hk'
  | 'hk2s'
  | 's2hkp'
  | 'hk2sp'
  | 't2tw'
  | 't2hk'
  | 'tw2t'
  | 'hk2t'
  | 't2jp'
  | 'jp2t';

export const VARIANTS: readonly Variant[] = ['cn', 'tw', 'twp', 'hk', 'hkp', 't', 'jp'];

export const OPENCC_CONFIGS: readonly OpenCCConfig[] = [
  's2t', 't2s', 's2tw', 'tw2s', 's2twp', 'tw2sp', 's2hk', 'hk2s',
  's2hkp', 'hk2sp', 't2tw', 't2hk', 'tw2t', 'hk2t', 't2jp', 'jp2t',
];

/** Kinds of repair, each documented in docs/repair.md. */
export type FixKind =
  | 'utf8-as-gbk'
  | 'utf8-as-gb18030'
  | 'utf8-as-latin1'
  | 'utf8-as-latin1-twice'
  | 'gbk-as-latin1'
  | 'big5-as-gbk'
  | 'gbk-as-big5'
  | 'pinyin-annotation'
  | 'gbk-split'
  | 'html-remnant'
  | 'unrecoverable';

/** One change made by `repair`: replayable, explainable. */
export interface Fix {
  /** 0-based line index in the input. */
  line: number;
  kind: FixKind;
  /** The damaged text as it stood. */
  before: string;
  /** What replaced it (equal to `before` for `unrecoverable`, which is reported, not changed). */
  after: string;
  /** 0-based UTF-16 offset of `before` in the input line, when the fix is local to a span. */
  column?: number;
  /** Why: the evidence the repair relied on, in plain words. */
  reason?: string;
}

export interface RepairResult {
  text: string;
  fixes: Fix[];
}

export interface EncodingCandidate {
  encoding: string;
  confidence: number;
}

export interface DetectResult {
  /** WHATWG label in lower case (`utf-8`, `gb18030`, `big5`, …), or `binary` when the bytes are not text. */
  encoding: string;
  /** Calibrated: the estimated probability that `encoding` is right. */
  confidence: number;
  candidates: EncodingCandidate[];
}

export interface DecodeResult {
  text: string;
  encoding: string;
  confidence: number;
  /** True when a byte-order mark was found (and removed). */
  bom?: boolean;
  /** Byte offsets of invalid sequences, replaced by U+FFFD in `text`. */
  invalid?: { offset: number; length: number }[];
}

export interface LineDecision {
  /** 0-based line index of the input. */
  line: number;
  keep: boolean;
  /** Why the line was dropped (or, for a kept line that a rule looked at, why it stayed); null/undefined for plain content. */
  reason?: string | null;
}

export interface CleanResult {
  text: string;
  lines: LineDecision[];
}

/** A group of paragraphs of `a` paired with a group of `b` (either may be empty). 0-based paragraph indices. */
export interface Bead {
  a: number[];
  b: number[];
  /** 0..1: how sure the aligner is; low scores mark pairs a person should check. */
  score: number;
}

export interface AlignResult {
  pairs: Bead[];
}

export interface Report {
  /** Set when the input was bytes. `invalid`: invalid byte sequences, each replaced by U+FFFD (kept in the text, never dropped). */
  encoding?: { name: string; confidence: number; invalid: number; invalidOffsets?: { offset: number; length: number }[] };
  fixes: Fix[];
  fixesByKind: Record<string, number>;
  /** Fixes counted in `fixesByKind` but not listed in `fixes` (streaming keeps a bounded list). */
  fixesOmitted?: number;
  lines: { input: number; kept: number; dropped: number };
  droppedByReason: Record<string, number>;
  /** `steps`: the OpenCC configs applied in order (two when going through `cn`); `sourceInferred`: `from` was detected from the text. */
  conversion?: { config: OpenCCConfig; steps?: OpenCCConfig[]; from?: Variant; to?: Variant; sourceInferred?: boolean } | null;
  /** Plain-word remarks on what the pipeline decided (e.g. "input already in cn: not converted"). */
  notes?: string[];
}

export interface NormalizeResult {
  text: string;
  report: Report;
}

export type ZhnormErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_BYTES'
  | 'UNKNOWN_ENCODING'
  | 'UNKNOWN_VARIANT'
  | 'UNKNOWN_CONFIG'
  | 'UNKNOWN_OPTION'
  | 'BAD_INPUT'
  | 'NOT_LOADED'
  | 'USAGE';

/** The one error the library throws for bad input; `code` is stable, `message` is one line for people. */
export class ZhnormError extends Error {
  readonly code: ZhnormErrorCode;
  constructor(code: ZhnormErrorCode, message: string) {
    super(message);
    this.name = 'ZhnormError';
    this.code = code;
  }
}

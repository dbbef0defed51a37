// Encoding detection as model comparison: decode the bytes with every candidate codec, score
// each decoding with the text model (score.ts), and turn the scores into probabilities with a
// softmax whose temperature was fitted on the detection benchmark (bench/detect.bench.ts).
// Bytes that fit no text reading better than uniform noise are `binary`.
import type { DetectResult, EncodingCandidate } from '../types.js';
import { sniffBom } from './bom.js';
import { Scorer } from './score.js';
import { fixWindows1252 } from './cp1252.js';

/** Detection reads at most this many bytes (a truncated character at the cut is not an error). */
export const DETECT_PREFIX = 64 * 1024;

/**
 * Candidates and their prior cost (nats). gb18030 stands for the whole GBK family (GB2312 ⊂ GBK ⊂
 * GB18030): it is the decoder that reads all of them. Non-Chinese codecs are there so that their
 * text is recognised instead of being forced into a Chinese reading.
 */
const CANDIDATES: readonly { encoding: string; prior: number }[] = [
  { encoding: 'utf-8', prior: 0 },
  { encoding: 'gb18030', prior: 0.5 },
  { encoding: 'big5', prior: 1 },
  { encoding: 'utf-16le', prior: 1 },
  { encoding: 'utf-16be', prior: 1.5 },
  { encoding: 'windows-1252', prior: 1.5 },
  { encoding: 'shift_jis', prior: 2.5 },
  { encoding: 'euc-kr', prior: 2.5 },
];

/** Softmax temperature: fitted on the benchmark samples (minimum log loss; see docs/encoding.md). */
export const TEMPERATURE = 1.25;

/** Uniform random bytes: ln 256 per byte, plus a prior so that text is preferred when in doubt. */
const BINARY_BYTE_COST = Math.log(256);
const BINARY_PRIOR = 6;

/** Internal name of the noise hypothesis when it may not be the answer. */
export const NOISE = '(noise)';

/** Bytes decoded and scored per step; scoring stops early once one reading leads by STOP_GAP. */
const STEP = 2048;
/** A lead of this many nats leaves the runner-up a probability below 1e-7: reading on cannot change the answer. */
const STOP_GAP = 12 * TEMPERATURE + 6;

/** Cost of an incomplete sequence at the end of the bytes read: about one implausible character. */
const TAIL_COST = 12;

const countInvalid = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
};

/** True when the bytes hold a control byte that text files do not contain (NUL, or C0 other than \t \n \v \f \r ESC). */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) return true;
  }
  return false;
}

function isAsciiOnly(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Probabilities from costs: softmax of −cost/T. */
function softmax(costs: number[]): number[] {
  const min = Math.min(...costs);
  const w = costs.map((c) => Math.exp(-(c - min) / TEMPERATURE));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

/**
 * Scores every candidate reading of `bytes` (already cut to the prefix), best first. Readings are
 * decoded as streams, so an incomplete character at the end (a cut prefix, a truncated file) is
 * left out rather than counted invalid. Exported for the benchmark's calibration.
 */
export function rankReadings(bytes: Uint8Array): { encoding: string; cost: number }[] {
  const ascii = isAsciiOnly(bytes);
  const readers = CANDIDATES.filter(({ encoding }) => {
    // ASCII reads the same in every ASCII-compatible codec: utf-8 speaks for all of them.
    if (ascii && encoding !== 'utf-8' && !encoding.startsWith('utf-16')) return false;
    return !(encoding.startsWith('utf-16') && bytes.length < 2);
  }).map(({ encoding, prior }) => ({ encoding, prior, dec: new TextDecoder(encoding, { fatal: false, ignoreBOM: true }), scorer: new Scorer() }));
  let binary = false;
  let read = 0;
  const costs = (): { encoding: string; cost: number }[] => {
    const out = readers.map((r) => ({ encoding: r.encoding, cost: r.prior + r.scorer.cost }));
    // Noise is always a hypothesis (it takes probability away from poor readings); it is only
    // named as the answer `binary` when the bytes hold control bytes that text does not.
    out.push({ encoding: binary ? 'binary' : NOISE, cost: BINARY_PRIOR + read * BINARY_BYTE_COST });
    return out.sort((a, b) => a.cost - b.cost);
  };
  while (read < bytes.length) {
    const piece = bytes.subarray(read, Math.min(bytes.length, read + STEP));
    read += piece.length;
    binary ||= hasBinaryBytes(piece);
    for (const r of readers) {
      let text = r.dec.decode(piece, { stream: true });
      if (r.encoding === 'windows-1252') text = fixWindows1252(text);
      r.scorer.feed(text, countInvalid(text));
    }
    if (read === bytes.length) {
      // An incomplete character at the end: not an error (the prefix may cut one), but not free either.
      for (const r of readers) if (r.dec.decode().length > 0) r.scorer.cost += TAIL_COST;
    }
    const c = costs();
    if (read < bytes.length && c.length > 1 && c[1].cost - c[0].cost > STOP_GAP) return c;
  }
  return costs();
}

/** Index of the first byte ≥ 0x80 from `from` on, or −1; four bytes at a time where aligned. */
function firstHighByte(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && (bytes.byteOffset + i) % 4 !== 0) if (bytes[i++] >= 0x80) return i - 1;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (bytes.length - i) >> 2);
  let w = 0;
  while (w < words.length && (words[w] & 0x80808080) === 0) w++;
  for (i += w * 4; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

/**
 * The bytes detection reads: the first 64 KiB; but when those are all ASCII and more follows
 * (a long HTML head, an English preamble), the 64 KiB from just before the first non-ASCII byte,
 * which is where codecs differ. Finding that byte is a plain scan; the scoring stays bounded.
 */
function window(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= DETECT_PREFIX) return bytes;
  const head = bytes.subarray(0, DETECT_PREFIX);
  if (!isAsciiOnly(head)) return head;
  const k = firstHighByte(bytes, DETECT_PREFIX);
  if (k < 0) return head;
  const start = Math.max(0, k - 1024) & ~1; // even, to keep UTF-16 code units aligned
  return bytes.subarray(start, start + DETECT_PREFIX);
}

/**
 * Detects the encoding of `bytes`. A BOM is decisive. Empty input answers `utf-8` with
 * confidence 0 and no candidates (nothing to judge). ASCII-only input answers `utf-8`
 * (every ASCII-compatible codec reads it the same). GBK/GB2312 text answers `gb18030`.
 */
export function detect(bytes: Uint8Array): DetectResult {
  if (bytes.length === 0) return { encoding: 'utf-8', confidence: 0, candidates: [] };
  const bom = sniffBom(bytes);
  if (bom) return { encoding: bom.encoding, confidence: 1, candidates: [{ encoding: bom.encoding, confidence: 1 }] };
  const prefix = window(bytes);
  const ranked = rankReadings(prefix);
  const p = softmax(ranked.map((r) => r.cost));
  // Without control bytes, noise is not an answer: its share stays unassigned (confidences then
  // sum to less than 1, saying that no reading looks like real text).
  const candidates: EncodingCandidate[] = ranked
    .map((r, i) => ({ encoding: r.encoding, confidence: round(p[i]) }))
    .filter((c) => c.encoding !== NOISE);
  return { encoding: candidates[0].encoding, confidence: candidates[0].confidence, candidates };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

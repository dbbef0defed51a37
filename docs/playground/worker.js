// The playground's worker: runs the whole pipeline off the main thread so the page stays
// responsive on large inputs, and reports progress stage by stage.
// It imports the self-contained browser build (build it first with `npx tsup`): the lazy
// flavour when there is one, whose conversion dictionaries load only when a conversion needs them.
import { annotateLine, fixesByLine, replayFixes } from './annotate.js';

const zh = await import('../../dist/browser/lazy.js').catch(() => import('../../dist/browser/index.js'));

const post = (msg, transfer) => self.postMessage(msg, transfer ?? []);
const progress = (id, stage, done) => post({ type: 'progress', id, stage, done });

/** Bytes → text through decode(), with detect()'s candidates for the encoding panel. */
function decodeInput(bytes, hint) {
  if (bytes.length === 0) throw new zh.ZhnormError('EMPTY_INPUT', 'input is empty');
  const d = zh.decode(bytes, hint ? { hint } : {});
  let candidates = [];
  try {
    candidates = zh.detect(bytes).candidates;
  } catch {
    // candidates are only shown to help pick an override; the decode above is what counts
  }
  return {
    text: d.text,
    encoding: { name: d.encoding, confidence: d.confidence, invalid: d.invalid?.length ?? 0, bom: d.bom === true, overridden: Boolean(hint), candidates },
  };
}

const CONFIG_NAME = /\b(s2twp|s2tw|s2hkp|s2hk|s2t|tw2sp|tw2s|hk2sp|hk2s|t2s|t2tw|t2hk|tw2t|hk2t|t2jp|jp2t)\b/;

/**
 * Runs `fn`, loading conversion data when the build splits it out (lazy dictionaries behind an
 * async `preload`) and `fn` says, with a NOT_LOADED error, which config it is missing. The
 * library decides what it needs (normalize's script test, align's cross-script comparison),
 * so the page asks it rather than guessing, and only that data is ever fetched.
 */
async function withData(fn, onLoad, tries = 6) {
  const load = zh.preload ?? zh.loadConverter;
  for (let k = 0; ; k++) {
    try {
      return fn();
    } catch (err) {
      const name = err?.code === 'NOT_LOADED' && typeof load === 'function' && k < tries ? CONFIG_NAME.exec(String(err.message))?.[1] : undefined;
      if (!name) throw err;
      onLoad(name);
      await load(name);
    }
  }
}

/**
 * normalize() with its conversion data loaded. What it needs is learnt first from a cheap dry
 * run on a sample (repair and clean off), so the full run is not repeated for each missing config.
 */
async function normalizeLoaded(input, sample, opts, onLoad) {
  if (opts.to) await withData(() => zh.normalize(sample, { ...opts, encoding: undefined, repair: false, clean: false }), onLoad);
  return withData(() => zh.normalize(input, opts), onLoad, 3);
}

// The page's numbers and result text come from normalize() itself. To draw each fix and each
// dropped line where it happened, the repaired text is rebuilt from the report's fixes (their
// columns) and given to clean(); when that cannot be done exactly, or clean's counts do not
// match the report's, repair() runs again on its own (slower on a big page, never wrong).
async function run(msg) {
  const { id } = msg;
  const timings = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  progress(id, 'decode', 0.02);
  let text = msg.text;
  let encoding;
  if (msg.bytes) ({ text, encoding } = decodeInput(new Uint8Array(msg.bytes), msg.encoding));
  lap('decode');

  progress(id, 'normalize', 0.1);
  const opts = { repair: msg.repair, clean: msg.clean, to: msg.to, from: msg.from, encoding: msg.encoding };
  const input = msg.bytes ? new Uint8Array(msg.bytes) : text;
  const result = await normalizeLoaded(input, text.slice(0, 20_000), opts, (config) => progress(id, `loading ${config} data`, 0.15));
  const report = result.report;
  lap('normalize');

  progress(id, 'clean (for display)', 0.8);
  const lines = zh.splitLines(text);
  let fixes = report.fixes;
  let repaired = null;
  if (msg.repair === false) repaired = text;
  else if (!report.fixesOmitted) {
    const replayed = replayFixes(lines.map((l) => l.text), fixes);
    if (replayed) repaired = zh.joinLines(replayed.map((r, i) => ({ text: r, eol: lines[i].eol })));
  }
  let repairedAgain = false;
  let decisions = repaired !== null && msg.clean !== false ? zh.clean(repaired).lines : null;
  const agrees = (d) => d === null || (d.length === report.lines.input && d.filter((l) => !l.keep).length === report.lines.dropped);
  if (repaired === null || !agrees(decisions)) {
    progress(id, 'repair (for display)', 0.85);
    ({ text: repaired, fixes } = msg.repair === false ? { text, fixes: [] } : zh.repair(text));
    decisions = msg.clean !== false ? zh.clean(repaired).lines : null;
    repairedAgain = true;
  }
  lap('display');

  // The drawn fixes are normally the report's own: send them once (the message is copied to the page).
  const same = fixes === report.fixes || sameFixes(fixes, report.fixes);
  const drawn = rows(text, repaired, fixes, decisions);
  lap('layout');
  return { type: 'result', id, encoding, fixes: same ? null : fixes, report, rows: drawn, text: result.text, timings, repairedAgain };
}

function sameFixes(a, b) {
  if (!Array.isArray(b) || a.length !== b.length) return false;
  return a.every((f, i) => f.line === b[i].line && f.kind === b[i].kind && f.before === b[i].before && f.after === b[i].after && f.column === b[i].column && f.reason === b[i].reason);
}

/** One row per line of the repaired text: its segments (fixes in place) and the clean decision. */
function rows(input, repaired, fixes, decisions) {
  const inLines = zh.splitLines(input);
  const repLines = zh.splitLines(repaired);
  const byLine = fixesByLine(fixes);
  const sameShape = inLines.length === repLines.length;
  return repLines.map((l, i) => {
    const row = { text: l.text };
    const mine = byLine.get(i);
    if (mine) Object.assign(row, annotateLine(sameShape ? inLines[i].text : '', l.text, fixes, mine));
    const d = decisions?.[i];
    if (d && !d.keep) {
      row.dropped = true;
      row.reason = d.reason ?? 'unspecified';
    } else if (d?.reason) row.note = d.reason;
    return row;
  });
}

async function alignTexts(msg) {
  let b = msg.b;
  let encoding;
  if (msg.bBytes) ({ text: b, encoding } = decodeInput(new Uint8Array(msg.bBytes), msg.encoding));
  progress(msg.id, 'align', 0.3);
  const { pairs } = await withData(() => zh.align(msg.a, b), (config) => progress(msg.id, `loading ${config} data`, 0.4));
  const para = (t) => zh.paragraphs(t).map((p) => ({ text: p.text, line: p.line }));
  return { type: 'aligned', id: msg.id, pairs, a: para(msg.a), b: para(b), encoding };
}

self.onmessage = async (e) => {
  const msg = e.data;
  try {
    if (msg.type === 'run') post(await run(msg));
    else if (msg.type === 'align') post(await alignTexts(msg));
    else if (msg.type === 'urls') post({ type: 'urls', urls: performance.getEntriesByType('resource').map((r) => r.name) });
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err ? err.code : 'INTERNAL';
    const message = String(err?.message ?? err).split('\n')[0];
    post({ type: 'error', id: msg.id, code, message });
  }
};

post({ type: 'ready' });

// Pure helpers of the playground (no DOM, no library): where each repair sits in the repaired line.
// The worker uses them to send ready-to-draw segments; test/playground-annotate.test.ts checks them in Node.

/**
 * Groups fixes by their 0-based input line, keeping each fix's index in the full list.
 * @param {readonly {line: number}[]} fixes
 * @returns {Map<number, number[]>}
 */
export function fixesByLine(fixes) {
  const out = new Map();
  fixes.forEach((f, i) => {
    const list = out.get(f.line);
    if (list) list.push(i);
    else out.set(f.line, [i]);
  });
  return out;
}

/**
 * Splits a repaired line into plain and fixed segments so each fix can be drawn in place.
 * First trusts the fixes' columns (offsets of `before` in the input line) and accepts the
 * placement only if replaying them rebuilds the repaired line exactly; otherwise it looks
 * for each `after` in order. Fixes that cannot be placed are returned in `unplaced`, so the
 * page still shows them (at the end of the line) instead of losing them.
 * @param {string} input the line as it was before repair
 * @param {string} repaired the same line after repair
 * @param {readonly {before: string, after: string, column?: number}[]} fixes all fixes
 * @param {readonly number[]} indices indices (into `fixes`) of this line's fixes
 * @returns {{segments: {text: string, fix?: number}[], unplaced: number[]}}
 */
export function annotateLine(input, repaired, fixes, indices) {
  return byColumns(input, repaired, fixes, indices) ?? bySearch(repaired, fixes, indices);
}

function byColumns(input, repaired, fixes, indices) {
  const segments = placeByColumns(input, fixes, indices);
  if (!segments) return null;
  const rebuilt = segments.map((s) => s.text).join('');
  return rebuilt === repaired ? { segments, unplaced: [] } : null;
}

/**
 * Replays a line's fixes at their columns; null unless every fix has a column where its
 * `before` stands, without overlapping another.
 * @returns {{text: string, fix?: number}[] | null}
 */
function placeByColumns(input, fixes, indices) {
  const order = [...indices].sort((x, y) => (fixes[x].column ?? -1) - (fixes[y].column ?? -1));
  const segments = [];
  let pos = 0;
  for (const i of order) {
    const f = fixes[i];
    if (typeof f.column !== 'number' || f.column < pos || !input.startsWith(f.before, f.column)) return null;
    if (f.column > pos) segments.push({ text: input.slice(pos, f.column) });
    segments.push({ text: f.after, fix: i });
    pos = f.column + f.before.length;
  }
  if (pos < input.length) segments.push({ text: input.slice(pos) });
  return segments;
}

/**
 * Rebuilds the repaired lines from the input lines and the fixes (as a report lists them),
 * so the page need not run repair a second time; null when a fix cannot be replayed exactly.
 * @param {readonly string[]} lines the input's lines, without terminators
 * @param {readonly {line: number, before: string, after: string, column?: number}[]} fixes
 * @returns {string[] | null}
 */
export function replayFixes(lines, fixes) {
  const out = [...lines];
  for (const [line, indices] of fixesByLine(fixes)) {
    if (line < 0 || line >= lines.length) return null;
    const segments = placeByColumns(lines[line], fixes, indices);
    if (!segments) return null;
    out[line] = segments.map((s) => s.text).join('');
  }
  return out;
}

function bySearch(repaired, fixes, indices) {
  const segments = [];
  const unplaced = [];
  let pos = 0;
  for (const i of indices) {
    const after = fixes[i].after;
    const at = after === '' ? -1 : repaired.indexOf(after, pos);
    if (at < 0) {
      unplaced.push(i);
      continue;
    }
    if (at > pos) segments.push({ text: repaired.slice(pos, at) });
    segments.push({ text: after, fix: i });
    pos = at + after.length;
  }
  if (pos < repaired.length) segments.push({ text: repaired.slice(pos) });
  return { segments, unplaced };
}

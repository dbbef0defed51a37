// HTML remnants left in text lines by a careless extraction (`<cite id="…">`, `</p>`, `<legend …>`).
// Only real tag syntax with a known HTML element name counts, so `a < b > c`, `List<String>`
// and `<3` stay.
import type { Fix } from '../../types.js';
import type { LineFixer, LineRepair } from '../fixer.js';

const TAGS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter ' +
    'nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section ' +
    'select small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title ' +
    'tr track u ul var video wbr center big strike tt'
  ).split(' '),
);

const ATTR = String.raw`\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=\x60]+))?`;
const TAG_RE = new RegExp(String.raw`<(/?)([A-Za-z][A-Za-z0-9]*)((?:${ATTR})*)\s*(/?)>`, 'g');

/** True when the line holds nothing but tag-like markup and spaces. */
function onlyTags(line: string): boolean {
  return /^\s*(?:<[^<>]+>\s*)+$/.test(line);
}

/** The tags of a line as [start, end) spans, adjacent ones (whitespace between) merged. */
function tagRuns(line: string): [number, number][] {
  const runs: [number, number][] = [];
  const closers = new Set(Array.from(line.toLowerCase().matchAll(/<\/([a-z][a-z0-9]*)>/g), (x) => x[1]));
  let only: boolean | undefined;
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RE.exec(line)) !== null) {
    const name = m[2].toLowerCase();
    if (!TAGS.has(name)) continue;
    if (m[1] === '/' && (m[3] !== '' || m[4] !== '')) continue; // `</p id=…>` is not a tag
    // A bare one-letter opening tag (`a<b>c`, `x<i>`) is as likely maths or code: only with its closing tag.
    if (m[1] === '' && m[3] === '' && name.length === 1 && !closers.has(name) && !(only ??= onlyTags(line))) continue;
    const start = m.index;
    const end = start + m[0].length;
    const last = runs[runs.length - 1];
    if (last && line.slice(last[1], start).trim() === '') last[1] = end;
    else runs.push([start, end]);
  }
  return runs;
}

export const htmlRemnantFixer: LineFixer = {
  name: 'html-remnant',
  fix(line: string, lineNo: number): LineRepair | null {
    if (!line.includes('<')) return null;
    const runs = tagRuns(line);
    if (runs.length === 0) return null;
    let rest = line;
    for (let k = runs.length - 1; k >= 0; k--) rest = rest.slice(0, runs[k][0]) + rest.slice(runs[k][1]);
    const onlyTags = rest.trim() === '';
    const fixes: Fix[] = runs.map(([s, e]) => ({
      line: lineNo,
      kind: 'html-remnant',
      before: line.slice(s, e),
      after: '',
      column: s,
      reason: 'HTML tag markup left in a text line',
    }));
    if (onlyTags && rest !== '') {
      // The line held only tags and the indentation around them: it becomes empty, not blank-with-spaces.
      fixes[0] = { ...fixes[0], before: line, column: 0, reason: 'line made only of HTML tags' };
      fixes.length = 1;
      return { text: '', fixes };
    }
    return { text: onlyTags ? '' : rest, fixes };
  },
};

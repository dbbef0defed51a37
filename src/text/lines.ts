// Line handling shared by every line-oriented stage. Line ends are kept so that
// a stage can rebuild its input byte for byte (\n, \r\n and lone \r all count).

export interface Line {
  /** The line's content without its terminator. */
  text: string;
  /** '\n', '\r\n', '\r' or '' for the last line. */
  eol: string;
}

const LINE_RE = /([^\r\n]*)(\r\n|\n|\r|$)/g;

/** Splits text into lines keeping each terminator; joinLines(splitLines(t)) === t. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  if (text === '') return out;
  LINE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_RE.exec(text)) !== null) {
    out.push({ text: m[1], eol: m[2] });
    if (m[2] === '') break;
  }
  // A text ending with a terminator yields a final empty match: drop it.
  const last = out[out.length - 1];
  if (last && last.text === '' && last.eol === '') out.pop();
  return out;
}

export function joinLines(lines: readonly Line[]): string {
  let s = '';
  for (const l of lines) s += l.text + l.eol;
  return s;
}

/** Paragraphs as the contract defines them: non-empty lines after trimming, with their 0-based line numbers. */
export function paragraphs(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  splitLines(text).forEach((l, i) => {
    const t = l.text.trim();
    if (t !== '') out.push({ text: t, line: i });
  });
  return out;
}

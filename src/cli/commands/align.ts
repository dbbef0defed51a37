import type { Command } from 'commander';
import { align } from '../../align/align.js';
import { preload } from '../../convert/convert.js';
import { paragraphs } from '../../text/lines.js';
import { readText, writeJson, writeOut } from '../io.js';

/** Beads scoring below this are marked for a person to check (docs/align.md explains the score). */
const CHECK = 0.5;
const COL = 38;

// Terminal columns of a character: East Asian wide and fullwidth forms take two.
const wide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);

/** Cuts `s` to `cols` terminal columns (with … when cut) and pads it to exactly that width. */
function fit(s: string, cols: number): string {
  let out = '';
  let w = 0;
  const chars = Array.from(s);
  for (let k = 0; k < chars.length; k++) {
    const cw = wide(chars[k].codePointAt(0)!) ? 2 : 1;
    if (w + cw > cols - (k < chars.length - 1 ? 1 : 0)) {
      out += '…';
      w += 1;
      break;
    }
    out += chars[k];
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, cols - w));
}

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('pair the paragraphs of two versions of one article')
    .argument('<a>', 'first version')
    .argument('<b>', 'second version')
    .option('--json', 'print {"pairs":[{"a":[lines],"b":[lines],"score"}]} with 1-based line numbers')
    .action(async (fa: string, fb: string, o: { json?: boolean }) => {
      const pa = paragraphs(readText(fa).text);
      const pb = paragraphs(readText(fb).text);
      await preload('tw2sp'); // the comparison forms are taken to simplified with it
      const r = align(pa.map((p) => p.text), pb.map((p) => p.text));
      if (o.json) {
        writeJson({
          pairs: r.pairs.map((bd) => ({ a: bd.a.map((i) => pa[i].line + 1), b: bd.b.map((i) => pb[i].line + 1), score: bd.score })),
        });
        return;
      }
      // One row per bead: mark, score, line numbers, then both sides cut to a column each.
      // "!" marks beads to check; unpaired paragraphs show "—" on the other side.
      const nums = (xs: number[], p: { line: number }[]): string => (xs.length ? xs.map((i) => p[i].line + 1).join(',') : '—');
      let out = `  score  ${fit('A: ' + fa, COL + 10)} │ B: ${fb}\n`;
      let check = 0;
      let paired = 0;
      for (const bd of r.pairs) {
        const low = bd.score < CHECK;
        if (low) check++;
        if (bd.a.length && bd.b.length) paired++;
        const left = bd.a.map((i) => pa[i].text).join(' ');
        const right = bd.b.map((i) => pb[i].text).join(' ');
        out += `${low ? '!' : ' '} ${bd.score.toFixed(2)}  ${fit(nums(bd.a, pa), 9)} ${fit(left || '—', COL)} │ ${fit(nums(bd.b, pb), 9)} ${fit(right || '—', COL).trimEnd()}\n`;
      }
      out += `${r.pairs.length} beads: ${paired} paired, ${r.pairs.length - paired} unpaired; ${check} marked "!" (score < ${CHECK}) to check\n`;
      writeOut(out);
    });
}

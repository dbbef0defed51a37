import type { Command } from 'commander';
import { repair } from '../../repair/repair.js';
import type { FixKind } from '../../types.js';
import { CliError, readText, writeJson, writeOut } from '../io.js';

// Every kind, checked by the compiler against FixKind (a new kind must be added here).
const KINDS = Object.keys({
  'utf8-as-gbk': 1,
  'utf8-as-gb18030': 1,
  'utf8-as-latin1': 1,
  'utf8-as-latin1-twice': 1,
  'gbk-as-latin1': 1,
  'big5-as-gbk': 1,
  'gbk-as-big5': 1,
  'pinyin-annotation': 1,
  'gbk-split': 1,
  'html-remnant': 1,
  unrecoverable: 1,
} satisfies Record<FixKind, 1>) as FixKind[];

function kinds(v: string): FixKind[] {
  const out = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = out.filter((k) => !(KINDS as string[]).includes(k));
  if (bad.length) throw new CliError(`--skip: unknown kind ${bad.join(', ')} (valid: ${KINDS.join(', ')})`, 2);
  return out as FixKind[];
}

export function registerFix(program: Command): void {
  program
    .command('fix')
    .description('repair mojibake and annotation damage (same number of lines out as in)')
    .argument('[file]', 'input file (default: standard input)')
    .option('--json', 'print {"text","fixes"} (fix lines and columns are 0-based, as in the library)')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .option('--skip <kinds>', 'comma-separated kinds of fix to leave alone (e.g. gbk-as-big5)', kinds)
    .action((file: string | undefined, o: { json?: boolean; encoding?: string; skip?: FixKind[] }) => {
      const { text } = readText(file, o.encoding);
      const r = repair(text, { skip: o.skip });
      if (o.json) writeJson(r);
      else writeOut(r.text);
    });
}

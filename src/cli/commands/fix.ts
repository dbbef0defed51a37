import type { Command } from 'commander';
import { repair } from '../../repair/repair.js';
import { readText, writeJson, writeOut } from '../io.js';

export function registerFix(program: Command): void {
  program
    .command('fix')
    .description('repair mojibake and annotation damage (same number of lines out as in)')
    .argument('[file]', 'input file (default: standard input)')
    .option('--json', 'print {"text","fixes"}')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .action((file: string | undefined, o: { json?: boolean; encoding?: string }) => {
      const { text } = readText(file, o.encoding);
      const r = repair(text);
      if (o.json) writeJson(r);
      else writeOut(r.text);
    });
}

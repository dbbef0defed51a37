import type { Command } from 'commander';
import { clean } from '../../clean/clean.js';
import { readText, writeJson, writeOut } from '../io.js';

export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('drop boilerplate lines (navigation, share bars, disclaimers, related lists)')
    .argument('[file]', 'input file (default: standard input)')
    .option('--json', 'print {"lines":[{"line","keep","reason"}]} with 1-based line numbers')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .action((file: string | undefined, o: { json?: boolean; encoding?: string }) => {
      const { text } = readText(file, o.encoding);
      const r = clean(text);
      if (o.json) writeJson({ lines: r.lines.map((l) => ({ line: l.line + 1, keep: l.keep, reason: l.reason ?? null })) });
      else writeOut(r.text);
    });
}

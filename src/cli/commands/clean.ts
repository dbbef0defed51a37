import type { Command } from 'commander';
import { clean, cleanBatch, type CleanOptions } from '../../clean/clean.js';
import { readText, writeJson, writeOut } from '../io.js';

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('drop boilerplate lines (navigation, share bars, disclaimers, related lists)')
    .argument('[file]', 'input file (default: standard input)')
    .option('--json', 'print {"lines":[{"line","keep","reason"}]} with 1-based line numbers')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .option('--keep <categories>', 'comma-separated categories to keep even when detected (e.g. editor-note)', list)
    .option('--drop <categories>', 'comma-separated categories to drop; all others are kept', list)
    .option('--site <files...>', 'other pages of the same site: lines they share with the input are dropped as template')
    .action((file: string | undefined, o: { json?: boolean; encoding?: string; keep?: string[]; drop?: string[]; site?: string[] }) => {
      const { text } = readText(file, o.encoding);
      const opts: CleanOptions = { keep: o.keep, drop: o.drop };
      const r = o.site?.length ? cleanBatch([text, ...o.site.map((f) => readText(f, o.encoding).text)], opts)[0] : clean(text, opts);
      if (o.json) writeJson({ lines: r.lines.map((l) => ({ line: l.line + 1, keep: l.keep, reason: l.reason ?? null })) });
      else writeOut(r.text);
    });
}

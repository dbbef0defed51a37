import type { Command } from 'commander';
import { normalize } from '../../pipeline/normalize.js';
import { assertVariant } from '../../convert/configs.js';
import { readInput, writeOut } from '../io.js';
import { ZhnormError } from '../../types.js';

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .description('decode → repair → clean → convert, with a report on standard error')
    .argument('[file]', 'input file (default: standard input)')
    .option('--to <variant>', 'convert to this variant: cn, tw, twp, hk, hkp, t, jp')
    .option('--from <variant>', 'source variant when converting (default: t for --to cn, else cn)')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .option('--json', 'print the report on standard error as JSON')
    .action((file: string | undefined, o: { to?: string; from?: string; encoding?: string; json?: boolean }) => {
      const to = o.to === undefined ? undefined : assertVariant(o.to);
      const from = o.from === undefined ? undefined : assertVariant(o.from);
      const bytes = readInput(file);
      if (bytes.length === 0) throw new ZhnormError('EMPTY_INPUT', `${file ?? 'standard input'}: input is empty`);
      const r = normalize(bytes, { to, from, encoding: o.encoding });
      writeOut(r.text);
      const rep = r.report;
      if (o.json) process.stderr.write(JSON.stringify(rep) + '\n');
      else {
        const kinds = Object.entries(rep.fixesByKind).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
        const drops = Object.entries(rep.droppedByReason).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
        process.stderr.write(
          `zhnorm: encoding ${rep.encoding?.name ?? '?'}; ${rep.fixes.length} fixes (${kinds}); ` +
            `${rep.lines.dropped} of ${rep.lines.input} lines dropped (${drops}); ` +
            `conversion ${rep.conversion ? rep.conversion.config : 'none'}\n`,
        );
      }
    });
}

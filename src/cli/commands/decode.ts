import type { Command } from 'commander';
import { decode } from '../../encoding/decode.js';
import { readInput, writeJson, writeOut } from '../io.js';
import { ZhnormError } from '../../types.js';

export function registerDecode(program: Command): void {
  program
    .command('decode')
    .description('decode a file of unknown encoding to UTF-8 (invalid byte sequences become U+FFFD and are reported)')
    .argument('[file]', 'input file (default: standard input)')
    .option('-e, --encoding <label>', 'decode with this encoding instead of detecting it (a BOM still wins)')
    .option('--strict', 'fail (exit 1) when the input holds invalid byte sequences')
    .option('--json', 'print {"text","encoding","confidence","bom","invalid","invalidCount"}')
    .action((file: string | undefined, o: { encoding?: string; strict?: boolean; json?: boolean }) => {
      const bytes = readInput(file);
      const name = file ?? 'standard input';
      if (bytes.length === 0) throw new ZhnormError('EMPTY_INPUT', `${name}: input is empty`);
      const r = decode(bytes, { hint: o.encoding });
      const n = r.invalidCount;
      const where = n ? `${n} invalid byte sequence${n === 1 ? '' : 's'} (first at byte ${r.invalid[0].offset}), each replaced by U+FFFD` : '';
      if (n && o.strict) throw new ZhnormError('INVALID_BYTES', `${name}: ${where.replace(/, each.*/, '')} in ${r.encoding}`);
      if (o.json) writeJson(r);
      else writeOut(r.text);
      process.stderr.write(`zhnorm: decoded as ${r.encoding} (confidence ${r.confidence.toFixed(2)}${r.bom ? ', BOM removed' : ''})${n ? `; ${where}` : ''}\n`);
    });
}

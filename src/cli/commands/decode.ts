import type { Command } from 'commander';
import { decode } from '../../encoding/decode.js';
import { readInput, writeOut } from '../io.js';
import { ZhnormError } from '../../types.js';

export function registerDecode(program: Command): void {
  program
    .command('decode')
    .description('decode a file of unknown encoding to UTF-8')
    .argument('[file]', 'input file (default: standard input)')
    .option('-e, --encoding <label>', 'decode with this encoding instead of detecting it')
    .action((file: string | undefined, o: { encoding?: string }) => {
      const bytes = readInput(file);
      if (bytes.length === 0) throw new ZhnormError('EMPTY_INPUT', `${file ?? 'standard input'}: input is empty`);
      const r = decode(bytes, { hint: o.encoding });
      process.stderr.write(`zhnorm: decoded as ${r.encoding} (confidence ${r.confidence.toFixed(2)})\n`);
      writeOut(r.text);
    });
}

import type { Command } from 'commander';
import { detect } from '../../encoding/detect.js';
import { readInput, writeJson, writeOut } from '../io.js';
import { ZhnormError } from '../../types.js';

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('detect the encoding of a file')
    .argument('[file]', 'input file (default: standard input)')
    .option('--json', 'print {"encoding","confidence","candidates"}')
    .action((file: string | undefined, o: { json?: boolean }) => {
      const bytes = readInput(file);
      if (bytes.length === 0) throw new ZhnormError('EMPTY_INPUT', `${file ?? 'standard input'}: input is empty`);
      const r = detect(bytes);
      if (o.json) writeJson(r);
      else writeOut(r.encoding + '\n');
    });
}

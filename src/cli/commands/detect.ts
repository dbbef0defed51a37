import type { Command } from 'commander';
import { detect } from '../../encoding/detect.js';
import { readInput, writeJson, writeOut } from '../io.js';
import { ZhnormError } from '../../types.js';

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('detect the encoding of a file (prints a WHATWG label, or "binary")')
    .argument('[file]', 'input file (default: standard input)')
    .option('--json', 'print {"encoding","confidence","candidates"}')
    .option('-v, --verbose', 'print the confidence and the runner-up candidates too')
    .action((file: string | undefined, o: { json?: boolean; verbose?: boolean }) => {
      const bytes = readInput(file);
      if (bytes.length === 0) throw new ZhnormError('EMPTY_INPUT', `${file ?? 'standard input'}: input is empty`);
      const r = detect(bytes);
      if (o.json) writeJson(r);
      else if (o.verbose) {
        const rest = r.candidates.slice(1, 4).map((c) => `${c.encoding} ${c.confidence.toFixed(4)}`);
        writeOut(`${r.encoding}\t${r.confidence.toFixed(4)}${rest.length ? `\t(then ${rest.join(', ')})` : ''}\n`);
      } else writeOut(r.encoding + '\n');
    });
}

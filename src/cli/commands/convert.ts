import type { Command } from 'commander';
import { convert } from '../../convert/convert.js';
import { assertConfig, configFor } from '../../convert/configs.js';
import { CliError, readText, writeOut } from '../io.js';

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('convert between simplified and traditional (any OpenCC config)')
    .argument('[file]', 'input file (default: standard input)')
    .option('--from <variant>', 'source variant: cn, tw, twp, hk, hkp, t, jp')
    .option('--to <variant>', 'target variant: cn, tw, twp, hk, hkp, t, jp')
    .option('--config <name>', 'OpenCC config name, e.g. s2twp')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .action((file: string | undefined, o: { from?: string; to?: string; config?: string; encoding?: string }) => {
      let config;
      if (o.config) config = assertConfig(o.config);
      else if (o.from && o.to) config = configFor(o.from, o.to);
      else throw new CliError('convert needs --config NAME or both --from and --to', 2);
      const { text } = readText(file, o.encoding);
      writeOut(convert(text, { config }));
    });
}

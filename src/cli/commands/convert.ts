import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { convert } from '../../convert/convert.js';
import { assertConfig, configFor } from '../../convert/configs.js';
import { parseDictionaryFile } from '../../convert/dictfile.js';
import { CliError, readText, writeOut } from '../io.js';

function readDict(file: string): [string, string][] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${file}: dictionary file cannot be read`, 2);
  }
  return parseDictionaryFile(text, file);
}

export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('convert between simplified and traditional (any OpenCC config)')
    .argument('[file]', 'input file (default: standard input)')
    .option('--from <variant>', 'source variant: cn, tw, twp, hk, hkp, t, jp')
    .option('--to <variant>', 'target variant: cn, tw, twp, hk, hkp, t, jp')
    .option('--config <name>', 'OpenCC config name, e.g. s2twp')
    .option('--dict <file>', 'extra phrase pairs, one "from<TAB>to" per line (repeatable; later files win)', (f: string, acc: string[]) => [...acc, f], [] as string[])
    .option('--no-tofu-risk', "T→S: keep characters whose simplified forms are rare extension-block characters (OpenCC's tofu-risk table)")
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .action((file: string | undefined, o: { from?: string; to?: string; config?: string; encoding?: string; dict: string[]; tofuRisk: boolean }) => {
      let config;
      if (o.config) config = assertConfig(o.config);
      else if (o.from && o.to) config = configFor(o.from, o.to);
      else throw new CliError('convert needs --config NAME or both --from and --to', 2);
      const dictionaries = o.dict.length ? o.dict.flatMap(readDict) : undefined;
      const { text } = readText(file, o.encoding);
      writeOut(convert(text, { config, dictionaries, tofuRisk: o.tofuRisk }));
    });
}

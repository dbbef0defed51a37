import { Command, CommanderError } from 'commander';
import { isMainThread } from 'node:worker_threads';
import { ZhnormError } from '../types.js';
import { CliError } from './io.js';
import { registerDetect } from './commands/detect.js';
import { registerDecode } from './commands/decode.js';
import { registerFix } from './commands/fix.js';
import { registerConvert } from './commands/convert.js';
import { registerClean } from './commands/clean.js';
import { registerAlign } from './commands/align.js';
import { registerNormalize } from './commands/normalize.js';
import { VERSION } from './version.js';

// Usage errors exit 2, input that cannot be processed exits 1; always one line, never a stack.
const USAGE_CODES = new Set<string>(['USAGE', 'UNKNOWN_VARIANT', 'UNKNOWN_CONFIG', 'UNKNOWN_OPTION', 'UNKNOWN_ENCODING']);

function fail(message: string, code: 1 | 2): never {
  process.stderr.write(`zhnorm: ${message.split('\n')[0]}\n`);
  process.exit(code);
}

export function buildProgram(): Command {
  const program = new Command('zhnorm')
    .description('Chinese text as it is really found: decode, repair, convert, clean, align, normalize')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  for (const reg of [registerDetect, registerDecode, registerFix, registerConvert, registerClean, registerAlign, registerNormalize]) {
    reg(program);
  }
  for (const c of program.commands) c.exitOverride().configureOutput({ writeErr: () => {} });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const program = buildProgram();
  if (argv.length <= 2) {
    process.stderr.write(program.helpInformation());
    process.exit(2);
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') process.exit(0);
      fail(e.message.replace(/^error: /, ''), 2);
    }
    if (e instanceof CliError) fail(e.message, e.exitCode);
    if (e instanceof ZhnormError) fail(e.message, USAGE_CODES.has(e.code) ? 2 : 1);
    fail(`internal error: ${(e as Error)?.message ?? String(e)} (please report it)`, 1);
  }
}

// The CLI bundle is also the worker module of its own pool (--jobs): workers load this file
// for the tasks below and must not start the command line.
export { jsonlTask, fileTask } from '../node.js';

if (isMainThread) void main(process.argv);

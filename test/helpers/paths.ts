import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
export const CLI = join(ROOT, 'dist/cli.js');

export const SEEDS = {
  s000: join(FIXTURES, 'seeds/000_9f9bdcc456276151.txt'),
  s001: join(FIXTURES, 'seeds/001_7cb91afbddec6e14.txt'),
  s002: join(FIXTURES, 'seeds/002_0b8d26c1e8720ebb.txt'),
  s003: join(FIXTURES, 'seeds/003_05b5440dba056d8a.txt'),
  s004: join(FIXTURES, 'seeds/004_615db62f3b8cde86.txt'),
} as const;

export function readSeed(name: keyof typeof SEEDS): string {
  return readFileSync(SEEDS[name], 'utf8');
}

// jieba's word-frequency dictionary (cppjieba's jieba.dict.utf8, MIT licence), the source of the
// text model's frequencies. Fetched once from the npm registry as the nodejieba package and cached
// in scripts/.cache/ (git-ignored); used by build-model.ts and build-words.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('./.cache/', import.meta.url));
const NODEJIEBA = 'nodejieba@3.5.8';
const DICT_IN_TARBALL = 'package/submodules/cppjieba/dict/jieba.dict.utf8';

/** The dictionary's text: one `word count tag` entry a line. */
export function jiebaDict(): string {
  const out = join(CACHE, 'jieba.dict.utf8');
  if (existsSync(out)) return readFileSync(out, 'utf8');
  mkdirSync(CACHE, { recursive: true });
  const tgz = execFileSync('npm', ['pack', NODEJIEBA, '--silent', '--pack-destination', CACHE], { encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', join(CACHE, tgz), '-C', CACHE, DICT_IN_TARBALL]);
  const text = readFileSync(join(CACHE, DICT_IN_TARBALL), 'utf8');
  writeFileSync(out, text);
  return text;
}

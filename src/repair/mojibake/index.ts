import type { LineFixer } from '../fixer.js';

/** Fixers for wrong decodings (UTF-8/GBK/Big5/Latin-1 mix-ups), in the order they run. */
export const mojibakeFixers: readonly LineFixer[] = [];

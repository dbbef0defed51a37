import type { LineFixer } from '../fixer.js';

/** Fixers for the seed pages' damage (HTML remnants, pinyin annotations, GBK splits), in the order they run. */
export const annotationFixers: readonly LineFixer[] = [];

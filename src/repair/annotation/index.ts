import type { LineFixer } from '../fixer.js';
import { htmlRemnantFixer } from './html.js';
import { annotationSplitFixer } from './split.js';

/**
 * Fixers for the seed pages' damage, in the order they run: HTML remnants, then pinyin
 * annotations with the GBK splits they caused, then HTML remnants again (a split can hide the
 * `<` of a tag, which comes back only once the bytes are read in step).
 */
export const annotationFixers: readonly LineFixer[] = [htmlRemnantFixer, annotationSplitFixer, htmlRemnantFixer];

export { htmlRemnantFixer, annotationSplitFixer };

// Registers every dictionary at import time, so the synchronous convert() needs no preload.
// This is what Node (and the eager browser build) gets; the lazy browser build swaps this module
// for eager-none.ts (see tsup.config.ts) and loads dictionaries on first use instead.
import { registerDict } from './registry.js';
import TSCharactersExt from './data/TSCharactersExt.js';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrases_GeneratedFromRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKPhrases from 'opencc-js/dict/HKPhrases';
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import JPShinjitaiCharacters from 'opencc-js/dict/JPShinjitaiCharacters';
import JPShinjitaiCharactersRev from 'opencc-js/dict/JPShinjitaiCharactersRev';
import JPShinjitaiPhrases from 'opencc-js/dict/JPShinjitaiPhrases';

/** Registers every dictionary (an explicit call: the package is marked side-effect free). */
export function registerBuiltInDicts(): boolean {
  registerDict('TSCharactersExt', TSCharactersExt);
  registerDict('CJK_Compatibility_Ideographs', CJK_Compatibility_Ideographs);
  registerDict('STPhrases', STPhrases);
  registerDict('STPhrases_GeneratedFromRegionalPhrases', STPhrases_GeneratedFromRegionalPhrases);
  registerDict('STCharacters', STCharacters);
  registerDict('TSPhrases', TSPhrases);
  registerDict('TSCharacters', TSCharacters);
  registerDict('TWPhrases', TWPhrases);
  registerDict('TWPhrasesRev', TWPhrasesRev);
  registerDict('TWVariants', TWVariants);
  registerDict('TWVariantsPhrases', TWVariantsPhrases);
  registerDict('TWVariantsRev', TWVariantsRev);
  registerDict('TWVariantsRevPhrases', TWVariantsRevPhrases);
  registerDict('HKPhrases', HKPhrases);
  registerDict('HKPhrasesRev', HKPhrasesRev);
  registerDict('HKVariants', HKVariants);
  registerDict('HKVariantsPhrases', HKVariantsPhrases);
  registerDict('HKVariantsRev', HKVariantsRev);
  registerDict('HKVariantsRevPhrases', HKVariantsRevPhrases);
  registerDict('JPShinjitaiCharacters', JPShinjitaiCharacters);
  registerDict('JPShinjitaiCharactersRev', JPShinjitaiCharactersRev);
  registerDict('JPShinjitaiPhrases', JPShinjitaiPhrases);
  return true;
}

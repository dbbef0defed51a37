// Which dictionaries each OpenCC config uses, in OpenCC's order (its data/config/*.json, as
// opencc-js's preset encodes them), and how to fetch each one on demand. Every loader is a
// dynamic import(), so a bundler gives each dictionary its own chunk and a config only pulls
// the chunks it names: T→S configs never touch STPhrases.
import type { OpenCCConfig } from '../types.js';

export const DICT_NAMES = [
  'CJK_Compatibility_Ideographs',
  'STPhrases',
  'STPhrases_GeneratedFromRegionalPhrases',
  'STCharacters',
  'TSPhrases',
  'TSCharacters',
  'TSCharactersExt',
  'TWPhrases',
  'TWPhrasesRev',
  'TWVariants',
  'TWVariantsPhrases',
  'TWVariantsRev',
  'TWVariantsRevPhrases',
  'HKPhrases',
  'HKPhrasesRev',
  'HKVariants',
  'HKVariantsPhrases',
  'HKVariantsRev',
  'HKVariantsRevPhrases',
  'JPShinjitaiCharacters',
  'JPShinjitaiCharactersRev',
  'JPShinjitaiPhrases',
] as const;
export type DictName = (typeof DICT_NAMES)[number];

type Loader = () => Promise<{ default: string }>;

export const LOADERS: Record<DictName, Loader> = {
  CJK_Compatibility_Ideographs: () => import('opencc-js/dict/CJK_Compatibility_Ideographs'),
  STPhrases: () => import('opencc-js/dict/STPhrases'),
  STPhrases_GeneratedFromRegionalPhrases: () => import('opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases'),
  STCharacters: () => import('opencc-js/dict/STCharacters'),
  TSPhrases: () => import('opencc-js/dict/TSPhrases'),
  TSCharacters: () => import('opencc-js/dict/TSCharacters'),
  TSCharactersExt: () => import('./data/TSCharactersExt.js'),
  TWPhrases: () => import('opencc-js/dict/TWPhrases'),
  TWPhrasesRev: () => import('opencc-js/dict/TWPhrasesRev'),
  TWVariants: () => import('opencc-js/dict/TWVariants'),
  TWVariantsPhrases: () => import('opencc-js/dict/TWVariantsPhrases'),
  TWVariantsRev: () => import('opencc-js/dict/TWVariantsRev'),
  TWVariantsRevPhrases: () => import('opencc-js/dict/TWVariantsRevPhrases'),
  HKPhrases: () => import('opencc-js/dict/HKPhrases'),
  HKPhrasesRev: () => import('opencc-js/dict/HKPhrasesRev'),
  HKVariants: () => import('opencc-js/dict/HKVariants'),
  HKVariantsPhrases: () => import('opencc-js/dict/HKVariantsPhrases'),
  HKVariantsRev: () => import('opencc-js/dict/HKVariantsRev'),
  HKVariantsRevPhrases: () => import('opencc-js/dict/HKVariantsRevPhrases'),
  JPShinjitaiCharacters: () => import('opencc-js/dict/JPShinjitaiCharacters'),
  JPShinjitaiCharactersRev: () => import('opencc-js/dict/JPShinjitaiCharactersRev'),
  JPShinjitaiPhrases: () => import('opencc-js/dict/JPShinjitaiPhrases'),
};

/**
 * One config: a normalization pass over the whole text, an optional segmentation (longest match
 * over phrase keys), then a chain of dictionary groups applied to each segment in turn. Within a
 * group the longest key wins and, for equal keys, the dictionary listed first.
 */
export interface Plan {
  normalization: DictName[];
  segmentation: DictName[] | null;
  chain: DictName[][];
}

const NORM: DictName[] = ['CJK_Compatibility_Ideographs'];
const ST: DictName[] = ['STPhrases', 'STPhrases_GeneratedFromRegionalPhrases'];
const ST_GROUP: DictName[] = [...ST, 'STCharacters'];
// OpenCC puts its tofu-risk table between the phrases and the characters (t2s.json and friends).
const TS_GROUP: DictName[] = ['TSPhrases', 'TSCharactersExt', 'TSCharacters'];

export const PLANS: Record<OpenCCConfig, Plan> = {
  s2t: { normalization: NORM, segmentation: null, chain: [ST_GROUP] },
  t2s: { normalization: NORM, segmentation: null, chain: [TS_GROUP] },
  s2tw: { normalization: NORM, segmentation: ST, chain: [ST_GROUP, ['TWVariantsPhrases', 'TWVariants']] },
  tw2s: { normalization: NORM, segmentation: ['TSPhrases'], chain: [['TWVariantsRevPhrases', 'TWVariantsRev'], TS_GROUP] },
  s2twp: { normalization: NORM, segmentation: ST, chain: [ST_GROUP, ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']] },
  tw2sp: {
    normalization: NORM,
    segmentation: ['TSPhrases'],
    chain: [['TWPhrasesRev', 'TWVariantsRevPhrases', 'TWVariantsRev'], TS_GROUP],
  },
  s2hk: { normalization: NORM, segmentation: ST, chain: [ST_GROUP, ['HKVariantsPhrases', 'HKVariants']] },
  hk2s: { normalization: NORM, segmentation: ['TSPhrases'], chain: [['HKVariantsRevPhrases', 'HKVariantsRev'], TS_GROUP] },
  s2hkp: { normalization: NORM, segmentation: ST, chain: [ST_GROUP, ['HKPhrases', 'HKVariantsPhrases', 'HKVariants']] },
  hk2sp: {
    normalization: NORM,
    segmentation: ['TSPhrases'],
    chain: [['HKPhrasesRev', 'HKVariantsRevPhrases', 'HKVariantsRev'], TS_GROUP],
  },
  t2tw: { normalization: NORM, segmentation: null, chain: [['TWVariantsPhrases', 'TWVariants']] },
  t2hk: { normalization: NORM, segmentation: null, chain: [['HKVariantsPhrases', 'HKVariants']] },
  tw2t: { normalization: NORM, segmentation: null, chain: [['TWVariantsRevPhrases', 'TWVariantsRev']] },
  hk2t: { normalization: NORM, segmentation: null, chain: [['HKVariantsRevPhrases', 'HKVariantsRev']] },
  t2jp: { normalization: NORM, segmentation: null, chain: [['JPShinjitaiCharactersRev']] },
  jp2t: { normalization: NORM, segmentation: null, chain: [['JPShinjitaiPhrases', 'JPShinjitaiCharacters']] },
};

/** The plan with the tofu-risk table dropped when the caller opts out of it. */
export function planFor(config: OpenCCConfig, tofuRisk: boolean): Plan {
  const p = PLANS[config];
  if (tofuRisk) return p;
  return { ...p, chain: p.chain.map((g) => g.filter((d) => d !== 'TSCharactersExt')) };
}

/** Every dictionary a plan touches. */
export function dictsOf(plan: Plan): DictName[] {
  return [...new Set([...plan.normalization, ...(plan.segmentation ?? []), ...plan.chain.flat()])];
}

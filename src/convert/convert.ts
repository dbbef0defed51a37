// Public conversion API: the synchronous convert() over whatever dictionaries are loaded, and the
// async loadConverter()/preload() that fetch them first (needed only by the lazy browser build).
import { ZhnormError, type OpenCCConfig, type Variant } from '../types.js';
import { assertConfig, configFor } from './configs.js';
import { dictsOf, planFor } from './dicts.js';
import { Engine, type ConversionChange } from './engine.js';

export type { ConversionChange } from './engine.js';
import { dictData, loadDicts } from './registry.js';
import { registerBuiltInDicts } from './eager.js';

/** Phrase pairs a user adds or overrides: `[from, to]`, matched like OpenCC's own phrases. */
export type CustomDictionary = ReadonlyArray<readonly [string, string]>;

export interface ConvertExtras {
  /**
   * User pairs, applied during segmentation: at each position the longest key wins, a user pair
   * beating a built-in phrase of the same length; its `to` is output as is. The converter built
   * for an array is cached by identity: pass a new array rather than mutating one.
   */
  dictionaries?: CustomDictionary;
  /**
   * Use OpenCC's tofu-risk table (T→S configs only): 895 traditional characters whose simplified
   * forms are rare extension-block characters (殢→𣨼, 圞→𪢮, 樠→𣗊) that default fonts may not
   * draw. Default `true`, as in OpenCC; `false` keeps those characters traditional.
   */
  tofuRisk?: boolean;
}

export type ConvertOptions = ({ from: Variant; to: Variant } | { config: OpenCCConfig }) & ConvertExtras;

export function resolveConfig(opts: ConvertOptions): OpenCCConfig {
  if (opts === null || typeof opts !== 'object') {
    throw new ZhnormError('USAGE', 'convert needs options: { config } or { from, to }');
  }
  return 'config' in opts ? assertConfig(opts.config) : configFor(opts.from, opts.to);
}

/** True in builds that carry every dictionary (Node); false where they load on first use. */
export const DICTIONARIES_BUILT_IN = registerBuiltInDicts();

const builtIn = new Map<string, Engine>();
const withCustom = new WeakMap<CustomDictionary, Map<string, Engine>>();

function checkedDictionary(d: unknown): Map<string, string> {
  if (!Array.isArray(d)) throw new ZhnormError('BAD_INPUT', 'dictionaries must be an array of [from, to] pairs');
  const m = new Map<string, string>();
  d.forEach((pair: unknown, k) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string' || pair[0] === '') {
      throw new ZhnormError('BAD_INPUT', `dictionaries[${k}] must be a [from, to] pair of strings with a non-empty from`);
    }
    m.set(pair[0], pair[1]); // a later pair overrides an earlier one, as in a file read top to bottom
  });
  return m;
}

function engineFor(config: OpenCCConfig, opts: ConvertExtras): Engine {
  const tofuRisk = opts.tofuRisk !== false;
  const key = `${config}/${tofuRisk ? 1 : 0}`;
  const dicts = opts.dictionaries;
  const cache = dicts === undefined ? builtIn : withCustom.get(dicts) ?? new Map<string, Engine>();
  let e = cache.get(key);
  if (e) return e;
  const plan = planFor(config, tofuRisk);
  const missing = dictsOf(plan).filter((n) => dictData(n) === undefined);
  if (missing.length) {
    throw new ZhnormError(
      'NOT_LOADED',
      `call await preload("${config}") first: its dictionaries (${missing.join(', ')}) load on first use in this build`,
    );
  }
  e = new Engine(plan, dicts === undefined ? null : checkedDictionary(dicts));
  cache.set(key, e);
  if (dicts !== undefined) withCustom.set(dicts, cache);
  return e;
}

/** Converts between simplified and traditional variants with OpenCC's dictionaries and semantics. */
export function convert(text: string, opts: ConvertOptions): string {
  const config = resolveConfig(opts);
  if (typeof text !== 'string') throw new ZhnormError('BAD_INPUT', 'convert expects a string');
  return engineFor(config, opts).convert(text);
}

/**
 * Like convert(), and lists every change made: offset, before, after, and the stage that made it
 * (phrase segment, characters between phrases, user pair, normalization).
 */
export function convertDetailed(text: string, opts: ConvertOptions): { text: string; changes: ConversionChange[] } {
  const config = resolveConfig(opts);
  if (typeof text !== 'string') throw new ZhnormError('BAD_INPUT', 'convert expects a string');
  return engineFor(config, opts).convertDetailed(text);
}

/** Loads a config's dictionaries (first call only) and returns a ready converter function. */
export async function loadConverter(opts: ConvertOptions | OpenCCConfig): Promise<(text: string) => string> {
  const o: ConvertOptions = typeof opts === 'string' ? { config: opts } : opts;
  const config = resolveConfig(o);
  await loadDicts(dictsOf(planFor(config, o.tofuRisk !== false)));
  const e = engineFor(config, o);
  return (text: string) => e.convert(text);
}

/** Fetches the dictionaries of the given configs so that the synchronous convert() can use them. */
export async function preload(configs: OpenCCConfig | readonly OpenCCConfig[]): Promise<void> {
  const list = typeof configs === 'string' ? [configs] : configs;
  await Promise.all(list.map((c) => loadConverter({ config: c })));
}

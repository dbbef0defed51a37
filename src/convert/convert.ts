import * as OpenCC from 'opencc-js';
import type { OpenCCConfig, Variant } from '../types.js';
import { CONFIG_VARIANTS, assertConfig, configFor } from './configs.js';

export type ConvertOptions = { from: Variant; to: Variant } | { config: OpenCCConfig };

const cache = new Map<OpenCCConfig, (s: string) => string>();

function converterFor(config: OpenCCConfig): (s: string) => string {
  let c = cache.get(config);
  if (!c) {
    const { from, to } = CONFIG_VARIANTS[config];
    c = OpenCC.Converter({ from, to } as never) as (s: string) => string;
    cache.set(config, c);
  }
  return c;
}

export function resolveConfig(opts: ConvertOptions): OpenCCConfig {
  return 'config' in opts ? assertConfig(opts.config) : configFor(opts.from, opts.to);
}

/** Converts between simplified and traditional variants (foundation: opencc-js underneath). */
export function convert(text: string, opts: ConvertOptions): string {
  const config = resolveConfig(opts);
  return converterFor(config)(text);
}

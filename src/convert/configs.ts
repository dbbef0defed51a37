import { OPENCC_CONFIGS, VARIANTS, ZhnormError, type OpenCCConfig, type Variant } from '../types.js';

/** Each OpenCC config as a (from, to) pair of variants. */
export const CONFIG_VARIANTS: Record<OpenCCConfig, { from: Variant; to: Variant }> = {
  s2t: { from: 'cn', to: 't' },
  t2s: { from: 't', to: 'cn' },
  s2tw: { from: 'cn', to: 'tw' },
  tw2s: { from: 'tw', to: 'cn' },
  s2twp: { from: 'cn', to: 'twp' },
  tw2sp: { from: 'twp', to: 'cn' },
  s2hk: { from: 'cn', to: 'hk' },
  hk2s: { from: 'hk', to: 'cn' },
  s2hkp: { from: 'cn', to: 'hkp' },
  hk2sp: { from: 'hkp', to: 'cn' },
  t2tw: { from: 't', to: 'tw' },
  t2hk: { from: 't', to: 'hk' },
  tw2t: { from: 'tw', to: 't' },
  hk2t: { from: 'hk', to: 't' },
  t2jp: { from: 't', to: 'jp' },
  jp2t: { from: 'jp', to: 't' },
};

export function assertVariant(v: string): Variant {
  if ((VARIANTS as readonly string[]).includes(v)) return v as Variant;
  throw new ZhnormError('UNKNOWN_VARIANT', `unknown variant "${v}"; valid: ${VARIANTS.join(', ')}`);
}

export function assertConfig(c: string): OpenCCConfig {
  if ((OPENCC_CONFIGS as readonly string[]).includes(c)) return c as OpenCCConfig;
  throw new ZhnormError('UNKNOWN_CONFIG', `unknown OpenCC config "${c}"; valid: ${OPENCC_CONFIGS.join(', ')}`);
}

/** Finds the config for a (from, to) pair of variants, or throws listing what exists. */
export function configFor(from: string, to: string): OpenCCConfig {
  const f = assertVariant(from);
  const t = assertVariant(to);
  for (const [name, v] of Object.entries(CONFIG_VARIANTS)) {
    if (v.from === f && v.to === t) return name as OpenCCConfig;
  }
  const pairs = Object.values(CONFIG_VARIANTS).map((v) => `${v.from}→${v.to}`).join(', ');
  throw new ZhnormError('UNKNOWN_CONFIG', `no OpenCC config converts ${f} to ${t}; pairs: ${pairs}`);
}

// Raw dictionary text by name, filled either eagerly (Node builds: see eager.ts) or on demand by
// load(). Parsing and trie building happen later, once, in engine.ts.
import { LOADERS, type DictName } from './dicts.js';

const raw = new Map<DictName, string>();
const pending = new Map<DictName, Promise<void>>();

export function registerDict(name: DictName, data: string): void {
  raw.set(name, data);
}

export function dictData(name: DictName): string | undefined {
  return raw.get(name);
}

/** Fetches the named dictionaries (each at most once, even with concurrent callers). */
export async function loadDicts(names: readonly DictName[]): Promise<void> {
  await Promise.all(
    names.map((name) => {
      if (raw.has(name)) return undefined;
      let p = pending.get(name);
      if (!p) {
        p = LOADERS[name]().then((m) => registerDict(name, m.default));
        pending.set(name, p);
      }
      return p;
    }),
  );
}

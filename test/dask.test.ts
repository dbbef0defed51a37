import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, readSeed } from './helpers/paths.js';
import { normalize } from '../src/pipeline/normalize.js';

// The Dask recipe (integrations/dask) run for real on a LocalCluster. CI installs Debian's
// python3-distributed (.ci/run); only where python3 or Dask is missing is this skipped, saying why.
// The first Python with Dask: $ZHNORM_PYTHON, python3 on PATH, then Debian's /usr/bin/python3.
const pythons = [process.env.ZHNORM_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
const probes = pythons.map((py) => ({ py, r: spawnSync(py, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' }) }));
const found = probes.find((p) => p.r.status === 0);
const hasDask = found !== undefined;
const PYTHON = found?.py ?? 'python3';
const probe = probes[probes.length - 1].r;
if (!hasDask) {
  console.warn(`dask.test.ts skipped: python3 with dask.bag and distributed is not available (${(probe.error?.message ?? probe.stderr ?? '').trim().split('\n').pop()}); install python3-distributed`);
}

describe.skipIf(!hasDask)('Dask: a dask.bag of JSONL partitions piped through zhnorm on a LocalCluster', () => {
  it('returns every record normalized, in input order, across several partitions', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'zhnorm-dask-'));
    const paras = [readSeed('s000'), readSeed('s003')].flatMap((s) => s.split('\n')).filter((l) => l.trim() !== '');
    const recs = Array.from({ length: 40 }, (_, i) => ({ id: i, text: paras.slice(i * 3, i * 3 + 3).join('\n') }));
    const input = join(tmp, 'in.jsonl');
    writeFileSync(input, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out = join(tmp, 'out');
    const r = spawnSync(
      PYTHON,
      [join(ROOT, 'integrations/dask/zhnorm_dask.py'), input, out, '--to', 'cn', '--zhnorm', `${process.execPath} ${CLI}`, '--blocksize', '8000', '--workers', '2'],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.length).toBeGreaterThan(1);
    const got = files.flatMap((f) => readFileSync(join(out, f), 'utf8').trimEnd().split('\n')).map((l) => JSON.parse(l));
    expect(got.map((g) => g.id)).toEqual(recs.map((x) => x.id));
    got.forEach((g, i) => {
      expect(g.zhnorm.error).toBeUndefined();
      expect(g.text).toBe(normalize(recs[i].text, { to: 'cn' }).text);
    });
    // Real work happened: annotations removed somewhere, and the text came out simplified.
    expect(got.some((g) => Object.keys(g.zhnorm.fixes).length > 0)).toBe(true);
    expect(got.every((g) => g.zhnorm.conversion === 't2s' || g.zhnorm.conversion === null)).toBe(true);
  }, 200_000);
});

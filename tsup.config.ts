import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// Dictionary data: every build bundles opencc-js's dictionary modules itself (so the CJS build
// never has to require() an ES module). Node builds register them all at import time
// (src/convert/eager.ts), which keeps the synchronous convert() working without a preload.
// The lazy builds swap eager.ts for eager-none.ts: each dictionary then stays behind its own
// dynamic import() chunk and loads on first use (preload / loadConverter).
const DICTS = [/^opencc-js\/dict\//];

const lazyDicts: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'zhnorm-lazy-dicts',
  setup(build) {
    build.onResolve({ filter: /^\.\/eager\.js$/ }, (args) =>
      args.importer.includes(`${'src'}/convert/`) ? { path: resolve(args.resolveDir, 'eager-none.ts') } : undefined,
    );
  },
};

// Keep Chinese text as UTF-8 in the output (esbuild's default \uXXXX escapes nearly double it).
const utf8: Options['esbuildOptions'] = (o) => {
  o.charset = 'utf8';
};

const browserBuild: Options = {
  outDir: 'dist/browser',
  format: ['esm'],
  splitting: true,
  sourcemap: true,
  esbuildOptions: utf8,
  target: 'es2022',
  platform: 'browser',
  noExternal: [/.*/],
  minify: true,
};

export default defineConfig([
  {
    // Node library (ESM + CJS): the browser-safe API plus Node extras; dictionaries eager.
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    esbuildOptions: utf8,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:*'],
    noExternal: DICTS,
  },
  {
    // For bundlers targeting browsers (the "browser" export condition): same API, dependencies
    // left to the bundler, each dictionary a lazily imported chunk.
    entry: { index: 'src/index.ts' },
    outDir: 'dist/lazy',
    format: ['esm'],
    splitting: true,
    sourcemap: true,
    esbuildOptions: utf8,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:*'],
    noExternal: DICTS,
    esbuildPlugins: [lazyDicts],
  },
  // Self-contained ESM for browsers without a bundler (<script type=module>): dependencies
  // inlined. index.js has every dictionary built in (synchronous convert for any config);
  // lazy.js loads each dictionary chunk on first use (await preload("s2twp") first).
  { ...browserBuild, entry: { index: 'src/index.ts' } },
  { ...browserBuild, entry: { lazy: 'src/index.ts' }, esbuildPlugins: [lazyDicts] },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    esbuildOptions: utf8,
    target: 'node20',
    platform: 'node',
    clean: false,
  },
]);

import { defineConfig } from 'tsup';

// Three entry points: the browser-safe library (no Node built-ins), the Node extras
// (streams, files, worker pool) and the CLI. ESM is split so that dictionary data
// behind dynamic import() becomes its own chunk and loads only on first use.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:*'],
  },
  {
    // Self-contained ESM for browsers without a bundler (playground, <script type=module>):
    // dependencies inlined, split so each dictionary chunk loads on first use.
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    splitting: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    clean: false,
  },
]);

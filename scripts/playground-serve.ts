// `npm run playground`: serves the repository root as static files and prints the
// playground's address. The page imports ../../dist/browser/index.js, so the root is served,
// not docs/playground alone. Static files only; no framework.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (req, res) => {
  let path: string;
  try {
    path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  } catch {
    res.writeHead(400).end('bad path');
    return;
  }
  let file = join(ROOT, path);
  if (!file.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) {
    res.writeHead(403).end('outside the repository');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: path + '/' }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});

const want = Number(process.env.PORT ?? 8080);
server.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else {
    console.error(`playground: ${e.message}`);
    process.exit(1);
  }
});
server.listen(want, '127.0.0.1', () => {});
server.on('listening', () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : want;
  if (!existsSync(join(ROOT, 'dist/browser/index.js'))) console.error('playground: dist/browser/index.js is missing: run `npx tsup` first');
  console.log(`zhnorm playground: http://127.0.0.1:${port}/docs/playground/  (Ctrl-C to stop)`);
});

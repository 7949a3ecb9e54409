// Serves the demo page and the built bundle on 127.0.0.1 (run by `npm start`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8080;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml' };

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '') path = '/demo/index.html';
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  const allowed = ['demo', 'dist'].some((dir) => file.startsWith(join(root, dir)));
  if (!allowed) {
    res.writeHead(404).end('Not found');
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
});

server.on('error', (e) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${port} is taken: run with PORT=8081 npm start` : e.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`lip-widgets demo: http://127.0.0.1:${port}/`);
});

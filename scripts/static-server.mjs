// The project's one static server: @web/dev-server (its node API) on
// 127.0.0.1, serving the repository's files as they are (no transforms),
// for `npm start`, the bench, the Lighthouse bench and the README shots.
//
//   - `pages`: generated pages, path → HTML (e.g. '/bench/kit-all.html'), a
//     Map or a function of the path (undefined: not a generated page);
//   - `?delay=MS` on any /dist/ file delays it (max 2 s): a late script;
//   - every response is `cache-control: no-store`, so each load is cold;
//   - text is gzipped (level 9) when the browser asks, as a studio's host does;
//   - `/` goes to the demo.
import { startDevServer } from '@web/dev-server';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts the server; resolves to { origin, stop }. Port 0 picks a free port.
 * `headers(path)` may add response headers to a generated page.
 */
export async function startStaticServer({ port = 0, pages = new Map(), headers = () => ({}) } = {}) {
  const middleware = async (ctx, next) => {
    if (ctx.path === '/') return ctx.redirect('/demo/');
    if (ctx.path === '/favicon.ico') {
      ctx.status = 204;
      return undefined;
    }
    const delay = ctx.path.startsWith('/dist/') ? Math.min(2000, Math.max(0, Number(ctx.query.delay) || 0)) : 0;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const generated = typeof pages === 'function' ? pages(ctx.path) : pages.get(ctx.path);
    if (generated !== undefined) {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = generated;
      ctx.set(headers(ctx.path));
    } else {
      await next();
    }
    ctx.set('cache-control', 'no-store');
    if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip' && /text|javascript|json|svg/.test(ctx.type) && ctx.status === 200) {
      let body = ctx.body;
      if (body && typeof body.pipe === 'function') {
        const chunks = [];
        for await (const c of body) chunks.push(Buffer.from(c));
        body = Buffer.concat(chunks);
      }
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        ctx.body = gzipSync(body, { level: 9 });
        ctx.set('content-encoding', 'gzip');
        ctx.vary('accept-encoding');
      }
    }
    ctx.remove('etag');
    ctx.remove('last-modified');
    return undefined;
  };
  const server = await startDevServer({
    config: { rootDir: ROOT, hostname: '127.0.0.1', port, middleware: [middleware], watch: false, nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const address = server.server.address();
  return { origin: `http://127.0.0.1:${address.port}`, stop: () => server.stop() };
}

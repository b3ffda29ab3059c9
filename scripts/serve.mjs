// A small static server for dist/ on loopback, used by `make demo`, the
// end-to-end tests and the benchmarks. It sends the strict Content-Security-Policy
// that Signpost promises to work under, so every run proves it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1. `routes` maps a path to a handler
 * `(req, res) => void | Promise<void>` that takes precedence over files;
 * `csp` (default STRICT_CSP, null for none) is sent with every HTML page.
 * Resolves to { server, url, close() }.
 */
export async function serve({ root, port = 0, routes = {}, csp = STRICT_CSP } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      if (routes[path]) return await routes[path](req, res);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) return send(res, 403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'not found');
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = csp;
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      send(res, 500, String(e));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { server, url, close: () => new Promise((ok) => server.close(ok)) };
}

function send(res, code, text) {
  res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  // The demo config names http://127.0.0.1:8080 as an official origin and
  // has its status feed there; served on another port (PORT=9000 make demo)
  // the demo would otherwise, rightly, call itself a copycat site.
  const demoConfig = async (req, res) => {
    const config = JSON.parse(await readFile(join(root, 'demo/signpost.json'), 'utf8'));
    const origin = `http://127.0.0.1:${req.socket.localPort}`;
    config.platform.official_origins.push(origin);
    if (config.status_url) config.status_url = `${origin}/demo/status.json`;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(JSON.stringify(config));
  };
  const { url } = await serve({ root, port, routes: { '/demo/signpost.json': demoConfig } });
  console.log(`Signpost demo: ${url}  (serving ${root}/ with a strict CSP; Ctrl-C to stop)`);
}

// A small static server for the built site (dist/), as a council's web
// server would serve it (docs/nginx.conf does the same): real MIME types,
// byte ranges for video, each page's own pre-rendered file (`/glossary` is
// glossary/index.html), and the not-found page with status 404 for any
// other address (pl/404.html below /pl/).
import { createServer } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webm': 'video/webm',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(root, urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return null;
  try {
    const stat = await fs.stat(candidate);
    if (stat.isFile()) return { file: candidate, stat };
  } catch {}
  return null;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.vtt', '.svg', '.txt']);
const compressedCache = new Map();

/** Brotli, as a council's production web server would send text and wasm. */
async function brotli(file) {
  if (!compressedCache.has(file)) {
    const raw = await fs.readFile(file);
    compressedCache.set(file, zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }));
  }
  return compressedCache.get(file);
}

/**
 * Serves `root` (dist/, or $SEND_HUB_DIST: another build to test) on 127.0.0.1. With `compress`, text and wasm go out with
 * brotli when the browser accepts it (used by the benchmark). `headers` are
 * added to every answer (e.g. a Content-Security-Policy). With `reportPath`
 * (e.g. '/csp-report'), POSTs to that path are not served but recorded, as
 * parsed JSON, in the returned `reports` array (CSP violation reports).
 * With `https`, it answers over TLS with a throwaway self-signed
 * certificate for 127.0.0.1 (the browser must be told to accept it), as
 * "another site" that content may point at with an https:// address.
 */
export async function startServer({ root = path.resolve(process.env.SEND_HUB_DIST ?? 'dist'), port = 0, headers = {}, compress = false, reportPath, https = false } = {}) {
  root = path.resolve(root);
  const reports = [];
  const make = https ? (handler) => createSecureServer(throwawayCertificate(), handler) : createServer;
  const server = make(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (reportPath && req.method === 'POST' && url.pathname === reportPath) {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        reports.push(JSON.parse(text));
      } catch {
        reports.push({ unparsed: text });
      }
      res.writeHead(204, headers);
      return res.end();
    }
    let found = await resolveFile(root, url.pathname);
    const looksLikeFile = path.extname(url.pathname) !== '';
    if (!found && !looksLikeFile) found = await resolveFile(root, path.posix.join(url.pathname, 'index.html'));
    let status = 200;
    if (!found && !looksLikeFile) {
      const language = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\//.exec(url.pathname + '/')?.[1];
      found = (language && await resolveFile(root, `/${language}/404.html`)) || await resolveFile(root, '/404.html');
      status = 404;
    }
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end('Not found');
      return;
    }
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream';
    const size = found.stat.size;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.writeHead(206, {
        'content-type': type, 'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${size}`, 'accept-ranges': 'bytes', ...headers,
      });
      createReadStream(found.file, { start, end }).pipe(res);
      return;
    }
    const ext = path.extname(found.file);
    if (compress && COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = await brotli(found.file);
      res.writeHead(status, { 'content-type': type, 'content-length': body.length, 'content-encoding': 'br', vary: 'accept-encoding', ...headers });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(status, { 'content-type': type, 'content-length': size, 'accept-ranges': 'bytes', ...headers });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    origin: `${https ? 'https' : 'http'}://127.0.0.1:${actual}`,
    reports,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A self-signed certificate and key for 127.0.0.1, made with openssl. */
function throwawayCertificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'send-hub-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

#!/usr/bin/env node
/**
 * A small static server for the built site, as a plain static host would serve it: files,
 * directory index pages, the 404 page, the headers from `_headers`, and gzip when asked.
 * Used by the end-to-end tests and the benchmark; several can run at once (astro preview
 * allows one per project). A malformed address (a bad `%` escape) gets 400, and any error
 * its own answer: one request never stops the server.
 *
 * Why not a maintained static server such as sirv: it answers a bad escape with 404, serves
 * `/page` without redirecting to `/page/` (relative links then break), reads no `_headers`,
 * and compresses only files compressed in advance, while the benchmark needs gzip on the fly.
 *
 * Usage: node scripts/serve.mjs --dir dist --port 4321 [--base /guide/] [--gzip]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { withTrailingSlash } from '../src/site/base.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/' },
    gzip: { type: 'boolean', default: false },
  },
});

const root = resolve(values.dir);
const base = withTrailingSlash(values.base);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Headers per path from `_headers` (exact paths, and `<base>*` for every response), read again
 * whenever the file changes, so a server left running serves a rebuilt site's policies.
 */
let cached = { mtime: -1, rules: new Map() };
function readHeaders() {
  const file = join(root, '_headers');
  const mtime = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (mtime === cached.mtime) return cached.rules;
  const rules = new Map();
  cached = { mtime, rules };
  if (!mtime) return rules;
  let current;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) {
      current = line.trim();
      rules.set(current, {});
    } else if (current) {
      const at = line.indexOf(':');
      rules.get(current)[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** A path's `%` escapes decoded; a malformed one (`/%E0%A4%A`) throws a URIError. */
async function resolveFile(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (rel.startsWith('..')) return undefined;
  let file = join(root, rel);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

const server = createServer((req, res) => {
  // Whatever a request holds, the server answers it and goes on serving the next one.
  respond(req, res).catch((error) => {
    const malformed = error instanceof URIError;
    if (!malformed) console.error(error);
    if (!res.headersSent) {
      res.writeHead(malformed ? 400 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    res.end(malformed ? 'Bad request: malformed % escape in the address' : 'Server error');
  });
});

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function respond(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = await resolveFile(url.pathname);
  // A directory asked for without its slash: send the reader to the canonical address.
  if (!file && !url.pathname.endsWith('/') && (await resolveFile(`${url.pathname}/`))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  let body = await readFile(file).catch(() => Buffer.from('Not found'));
  const headerRules = readHeaders();
  const headers = {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ...headerRules.get(`${base}*`),
    ...(status === 200 ? headerRules.get(url.pathname) : undefined),
  };
  if (values.gzip && /gzip/.test(String(req.headers['accept-encoding'])) && body.length > 0) {
    body = gzipSync(body, { level: 9 });
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});

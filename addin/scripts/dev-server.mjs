#!/usr/bin/env node
/**
 * Dev server for `pnpm --filter addin start`: serves addin/dist over HTTPS on localhost:3000 with
 * the Office dev certificate (office-addin-dev-certs installs it on Windows and Mac the first
 * time). Only for a developer's machine with Excel; CI never runs it.
 */
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = Number(process.env.PORT ?? 3000);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json' };

const options = await getHttpsServerOptions();
createServer(options, async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/^([/\\])+/, '');
  if (path.startsWith('..')) return res.writeHead(403).end();
  try {
    const body = await readFile(join(DIST, path || 'taskpane.html'));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(PORT, 'localhost', () => console.log(`ledgerlint add-in: https://localhost:${PORT}/taskpane.html`));

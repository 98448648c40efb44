/**
 * A small static file server for the preview, the end-to-end tests and the benchmark: serves a
 * built package's files from memory on 127.0.0.1, with correct content types and no caching.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { FileSet } from './context.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export interface RunningServer {
  url: string;
  server: Server;
  /** Replace the files served (after a rebuild). */
  setFiles(files: FileSet): void;
  close(): Promise<void>;
}

export async function serveFiles(initial: FileSet, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  let files = initial;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let p = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (p === '' || p.endsWith('/')) p += 'index.html';
    const body = files.get(p);
    if (!body || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(body ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(body ? 'Method not allowed' : `Not found: /${p}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(p)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actual}/`,
    server,
    setFiles: (next) => (files = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The benchmark's web server: a package's files from memory, text compressed with gzip as a
 * production web server or LMS would send it (the preview server, build/serve.ts, sends files
 * as they are). On a throttled 1.6 Mbps profile the bytes on the wire decide the time, so
 * serving uncompressed text would measure a server nobody runs. Each text file is compressed
 * once, at level 9, the same figure the benchmark reports as its size.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FileSet } from '../build/context.ts';
import { contentType, packagePath } from '../build/serve.ts';

/** Already compressed formats go as they are. */
const COMPRESSED = new Set(['.png', '.jpg', '.webp', '.woff2', '.zip']);

/** The size a file travels with: gzip -9 for text, its own size for compressed formats. */
export function wireBytes(file: string, data: Buffer): number {
  return COMPRESSED.has(path.extname(file).toLowerCase()) ? data.length : gzipSync(data, { level: 9 }).length;
}

export interface GzipServer {
  url: string;
  close(): Promise<void>;
}

export async function serveGzip(files: FileSet): Promise<GzipServer> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const resolved = packagePath(req.url ?? '/');
    const body = 'path' in resolved ? files.get(resolved.path) : undefined;
    if (!('path' in resolved) || !body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const ext = path.extname(resolved.path).toLowerCase();
    const gzip = !COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let data = body;
    if (gzip) {
      if (!gzipped.has(resolved.path)) gzipped.set(resolved.path, gzipSync(body, { level: 9 }));
      data = gzipped.get(resolved.path)!;
    }
    res.writeHead(200, {
      'content-type': contentType(ext),
      'content-length': data.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

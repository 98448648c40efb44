/**
 * A small static file server for the preview, the end-to-end tests and the benchmark: serves a
 * built package's files from memory on 127.0.0.1, with correct content types and no caching.
 * Any request path a browser, a test or a curious user sends gets an answer (400, 404, 405, 414)
 * and never stops the server: one bad URL must not end a preview or a whole test run.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

/** The Content-Type of a package file, by its extension (`.js`). */
export const contentType = (ext: string): string => TYPES[ext.toLowerCase()] ?? 'application/octet-stream';

/** Longer paths are not a package file (ours are short); refusing them early keeps the work small. */
const MAX_PATH_LENGTH = 2048;

/** SVG opened directly is a document that could run script: the preview never lets it. */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

type Resolved = { path: string } | { status: 400 | 414; message: string };

/** The package file a request path names, or why it names none. */
export function packagePath(rawUrl: string): Resolved {
  // The path only: a launch URL's query can be long (the LMS simulator passes a learner's whole
  // data model in it; an LMS passes an actor and an endpoint), and it names no file.
  const target = rawUrl.split('?', 1)[0]!;
  if (target.length > MAX_PATH_LENGTH) return { status: 414, message: `Request path longer than ${MAX_PATH_LENGTH} characters` };
  let pathname: string;
  let decoded: string;
  try {
    pathname = new URL(rawUrl, 'http://localhost').pathname;
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: 'Malformed request path (a broken %-escape?)' };
  }
  // No package file has control characters in its name, and a decoded `..` or backslash could
  // only mean somewhere outside the package: refuse them rather than guess.
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { status: 400, message: 'Request path with control characters or backslashes' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { status: 400, message: 'Request path with . or .. segments' };
  let p = decoded.replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) p += 'index.html';
  return { path: p };
}

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
    try {
      answer(req, res, files);
    } catch {
      // A bug here must cost one request, not the preview.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
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
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // close() leaves open a socket that has not sent a request yet (Chromium preconnects
        // spare ones) until the headers timeout, 60 s; nothing served here is worth waiting for.
        server.closeAllConnections();
      }),
  };
}

function answer(req: IncomingMessage, res: ServerResponse, files: FileSet): void {
  const plain = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };
  const resolved = packagePath(req.url ?? '/');
  if ('status' in resolved) {
    res.writeHead(resolved.status, plain);
    res.end(resolved.message);
    return;
  }
  const p = resolved.path;
  const body = files.get(p);
  if (!body) {
    res.writeHead(404, plain);
    // The path is echoed as text/plain with nosniff, so it cannot become markup.
    res.end(`Not found: /${p}`);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...plain, allow: 'GET, HEAD' });
    res.end('Method not allowed');
    return;
  }
  const ext = path.extname(p).toLowerCase();
  res.writeHead(200, {
    'content-type': contentType(ext),
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(ext === '.svg' ? { 'content-security-policy': SVG_POLICY } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

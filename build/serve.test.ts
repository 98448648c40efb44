import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type RunningServer } from './serve.ts';

let server: RunningServer;
let port: number;

beforeAll(async () => {
  server = await serveFiles(
    new Map([
      ['index.html', Buffer.from('<!doctype html><title>ok</title>')],
      ['media/m/bakery floor.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
      ['fonts/inter-latin.woff2', Buffer.from('wOF2')],
    ]),
  );
  port = Number(new URL(server.url).port);
});

afterAll(() => server.close());

/**
 * Sends `target` exactly as written in the request line (fetch and http.request would normalise
 * or refuse it first) and returns the status code, or `closed` if the connection dropped.
 */
function rawRequest(target: string, method = 'GET'): Promise<number | 'closed'> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(5000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${method} ${target.slice(0, 40)}`));
    });
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('error', () => resolve('closed'));
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(data)?.[1];
      resolve(status ? Number(status) : 'closed');
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

describe('preview server', () => {
  it.each([
    ['/%', 400],
    ['/%E0%A4%A', 400],
    ['/%ZZ', 400],
    ['/%C0%AF', 400],
    ['/..%2f..%2fetc/passwd', 400],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/media/..%5c..%5cindex.html', 400],
    ['/index.html%00.svg', 400],
    ['/%0d%0aSet-Cookie:%20x=1', 400],
    ['/../../etc/passwd', 404],
    ['/aaaa… (3000 characters)', 414],
    // Read as an absolute-form target naming another host: still only this package's file.
    ['//evil.example/index.html', 200],
    ['http://[', 400],
    ['*', 404],
  ] as const)('answers %s with %i and keeps running', async (target, status) => {
    expect(await rawRequest(target.endsWith('characters)') ? `/${'a'.repeat(3000)}` : target)).toBe(status);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('serves a launch URL with a long query (only the path is limited)', async () => {
    // Under Node's 16 KB header limit, well over the 2048 characters a path may have.
    expect(await rawRequest(`/index.html?setup=${'x'.repeat(10_000)}`)).toBe(200);
  });

  it('still serves files after a burst of bad requests', async () => {
    await Promise.all(['/%', '/%E0%A4%A', '/..%2f', '/%00'].map((t) => rawRequest(t)));
    const response = await fetch(`${server.url}media/m/bakery%20floor.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    // Opened directly, an SVG is a document: the preview never lets one run script.
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the web font as a font (with nosniff, a wrong type could be refused)', async () => {
    const response = await fetch(`${server.url}fonts/inter-latin.woff2`);
    expect(response.headers.get('content-type')).toBe('font/woff2');
  });

  it('refuses methods other than GET and HEAD on files', async () => {
    expect(await rawRequest('/index.html', 'POST')).toBe(405);
    expect(await rawRequest('/index.html', 'HEAD')).toBe(200);
  });
});

describe('close', () => {
  it('ends connections a browser opened ahead of time and has not used, instead of waiting for them', async () => {
    // Chromium preconnects spare sockets. Node's server.close() ends idle keep-alive
    // connections but not a socket that has sent no request yet: it waited for the headers
    // timeout (60 s), and a Playwright afterEach hook ran out of time in CI on it.
    const other = await serveFiles(new Map([['index.html', Buffer.from('ok')]]));
    const socket = connect(Number(new URL(other.url).port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await other.close();
    await ended;
    expect(socket.destroyed).toBe(true);
  });
});

/**
 * The LRS for end-to-end tests: lrs-stub's app over an in-memory store, listening on
 * 127.0.0.1 with known Basic credentials, behind a small proxy the test controls so it can
 * make the LRS unreachable for a while (503 for every request) and let it recover. Statements
 * are read back straight from the LRS, never through the proxy.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../../lrs-stub/app.ts';
import { openMemoryStore } from '../../../lrs-stub/store/memory-store.ts';

export const LRS_KEY = 'e2e-key';
export const LRS_SECRET = 'e2e-secret';
export const LRS_AUTH = `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString('base64')}`;

export interface RunningLrs {
  /** The LRS itself, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The proxy in front of it: what the package is given. */
  proxyUrl: string;
  /** While true the proxy answers 503 to everything (CORS preflights included, as a failing gateway would). */
  down: boolean;
  /** Requests the proxy refused while down. */
  refused: number;
  /** Every statement stored for the registration, oldest first. */
  statements(registration: string): Promise<any[]>;
  /** GET on the LRS with credentials; the parsed JSON, or undefined for 404. */
  get(path: string): Promise<any>;
  close(): Promise<void>;
}

export async function startLrs(): Promise<RunningLrs> {
  const app = buildApp({ store: openMemoryStore(), credentials: [{ key: LRS_KEY, secret: LRS_SECRET }] });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const lrs = { down: false, refused: 0 } as RunningLrs;
  const proxy = http.createServer((request, response) => {
    if (lrs.down) {
      lrs.refused++;
      response.writeHead(503, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' });
      response.end('LRS unavailable (test outage)');
      return;
    }
    const upstream = http.request(`${url}${request.url}`, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  const get = async (path: string) => {
    const response = await fetch(`${url}${path}`, { headers: { authorization: LRS_AUTH, 'x-experience-api-version': '1.0.3' } });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  return Object.assign(lrs, {
    url,
    proxyUrl,
    get,
    async statements(registration: string) {
      const page = await get(`/xapi/statements?registration=${registration}&limit=500&ascending=true`);
      return page.statements as any[];
    },
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await app.close();
    },
  });
}

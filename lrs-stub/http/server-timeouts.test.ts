/**
 * A client that stalls is cut off: before, one that declared a body and sent 2 bytes held its
 * connection for 400+ s without credentials. Raw sockets against a listening app with short
 * timeouts; every wait is for the socket's close event, never a fixed sleep.
 */
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { readEnv, timeoutsOf } from '../config.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { DEFAULT_TIMEOUTS } from './server-timeouts.ts';

const SHORT = { requestMs: 400, headersMs: 300, idleMs: 5_000, keepAliveMs: 1_000 };

let app: ReturnType<typeof buildApp>;
let port: number;
beforeAll(async () => {
  app = buildApp({ store: openMemoryStore(), credentials: [{ key: 'k', secret: 's' }], timeouts: SHORT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.close();
});

/** Opens a socket, writes `sent`, and resolves with everything received once the server closes it. */
function untilClosed(sent: string): Promise<{ received: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(sent));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ received, socket }));
  });
}

describe('server timeouts', () => {
  it('closes a connection that declared a body and sent 2 bytes, with 408, once the request timeout passes', async () => {
    const started = Date.now();
    const { received } = await untilClosed('POST /xapi/statements HTTP/1.1\r\nHost: lrs\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[{');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    // Not before the deadline: the timeout, not something else, closed it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(SHORT.requestMs - 50);
  });

  it('closes a connection whose headers never end', async () => {
    const { received } = await untilClosed('POST /xapi/statements HTTP/1.1\r\nHost: lrs\r\nX-Experience-API-Version: 1.0.3\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('still answers a client that sends its request in time', async () => {
    const { received } = await untilClosed('GET /xapi/about HTTP/1.1\r\nHost: lrs\r\nConnection: close\r\n\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toContain('"version"');
  });

  it('configures the server with the timeouts given', () => {
    expect(app.server.requestTimeout).toBe(SHORT.requestMs);
    expect(app.server.headersTimeout).toBe(SHORT.headersMs);
    expect(app.server.keepAliveTimeout).toBe(SHORT.keepAliveMs);
    expect(app.server.timeout).toBe(SHORT.idleMs);
  });
});

describe('timeout settings', () => {
  it('defaults to 30 s for a request, 20 s for headers, 120 s idle and 72 s keep-alive', () => {
    expect(timeoutsOf(readEnv({}))).toEqual(DEFAULT_TIMEOUTS);
    expect(DEFAULT_TIMEOUTS).toEqual({ requestMs: 30_000, headersMs: 20_000, idleMs: 120_000, keepAliveMs: 72_000 });
  });

  it('reads each from the environment, and names a bad one', () => {
    const env = readEnv({ LRS_REQUEST_TIMEOUT_MS: '60000', LRS_HEADERS_TIMEOUT_MS: '10000', LRS_IDLE_TIMEOUT_MS: '90000', LRS_KEEP_ALIVE_TIMEOUT_MS: '5000' });
    expect(timeoutsOf(env)).toEqual({ requestMs: 60_000, headersMs: 10_000, idleMs: 90_000, keepAliveMs: 5_000 });
    expect(() => readEnv({ LRS_REQUEST_TIMEOUT_MS: 'soon' })).toThrow('LRS_REQUEST_TIMEOUT_MS');
    expect(() => readEnv({ LRS_IDLE_TIMEOUT_MS: '0' })).toThrow('LRS_IDLE_TIMEOUT_MS');
  });
});

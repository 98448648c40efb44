/**
 * A test harness for the LRS: builds the app over a chosen store without listening and offers
 * a small request helper that adds the version header and credentials, so each test reads as
 * the xAPI exchange it checks.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { LrsStore } from '../store/store.ts';

export const TEST_KEY = 'test-key';
export const TEST_SECRET = 'test-secret';
export const AUTH = `Basic ${Buffer.from(`${TEST_KEY}:${TEST_SECRET}`).toString('base64')}`;

export interface TestRequest {
  body?: unknown;
  headers?: Record<string, string>;
  /** X-Experience-API-Version; null leaves it out. Default 1.0.3. */
  version?: string | null;
  /** Leave out Authorization. */
  anonymous?: boolean;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  rawPayload: Buffer;
  json<T = any>(): T;
}

export interface TestLrs {
  app: FastifyInstance;
  store: LrsStore;
  request(method: string, url: string, options?: TestRequest): Promise<TestResponse>;
  close(): Promise<void>;
}

export async function testLrs(options: Partial<BuildAppOptions> & { sqlite?: boolean } = {}): Promise<TestLrs> {
  const store = options.store ?? (options.sqlite ? openSqliteStore({ path: ':memory:' }) : openMemoryStore());
  const app = buildApp({ credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], ...options, store });
  await app.ready();
  return {
    app,
    store,
    async request(method, url, request = {}) {
      const headers: Record<string, string> = {};
      if (request.version !== null) headers['x-experience-api-version'] = request.version ?? '1.0.3';
      if (!request.anonymous) headers.authorization = AUTH;
      let payload: string | Buffer | undefined;
      if (request.body !== undefined) {
        if (typeof request.body === 'string' || Buffer.isBuffer(request.body)) payload = request.body;
        else {
          payload = JSON.stringify(request.body);
          headers['content-type'] = 'application/json';
        }
      }
      Object.assign(headers, request.headers);
      const response = await app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload }) });
      return {
        status: response.statusCode,
        headers: response.headers,
        body: response.body,
        rawPayload: response.rawPayload,
        json: () => JSON.parse(response.body),
      };
    },
    close: () => app.close(),
  };
}

let counter = 0;

/** A minimal valid statement; override any part. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    actor: { objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: { objectType: 'Activity', id: `http://example.com/activities/${counter}` },
    ...overrides,
  };
}

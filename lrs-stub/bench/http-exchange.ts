/**
 * The bench's HTTP client: node:http with keep-alive, one socket per concurrent client. Not
 * fetch: on this 2-core machine the client shares the CPU with the LRS, and undici's fetch
 * spent about 1 ms of CPU per request (3x node:http), so the single-POST rate measured the
 * client as much as the LRS. The raw baseline pays no client at all.
 */
import { request, type Agent } from 'node:http';

export interface Exchange {
  status: number;
  body: Buffer;
}

export function exchange(agent: Agent, url: string, method: 'GET' | 'POST', headers: Record<string, string>, body?: string | Buffer): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const sent = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = request(url, { method, agent, headers: sent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The value below which p percent of the sorted samples lie. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

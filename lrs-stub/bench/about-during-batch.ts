/**
 * What one huge batch costs everybody else: while a single POST carries 20,000 statements,
 * another connection asks GET /xapi/about again and again, a few milliseconds apart, and keeps
 * each answer's latency. About reads no storage, so its latency is the LRS's event loop: a
 * validation or an insert that holds the loop for two seconds shows up as a two-second sample.
 * Budget: no sample over 100 ms. Reported as figures, never asserted in a test (the machine is
 * shared, so a timed test would fail for reasons of its own).
 */
import { Agent } from 'node:http';
import { exchange, percentile } from './http-exchange.ts';

export interface AboutDuringBatch {
  statements: number;
  bodyMegabytes: number;
  postSeconds: number;
  statementsPerSec: number;
  about: { intervalMs: number; samples: number; p50Ms: number; p95Ms: number; maxMs: number; budgetMaxUnder100Ms: boolean };
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function aboutDuringBatch(options: { baseUrl: string; headers: Record<string, string>; batch: readonly unknown[]; intervalMs?: number }): Promise<AboutDuringBatch> {
  const intervalMs = options.intervalMs ?? 5;
  const body = Buffer.from(JSON.stringify(options.batch));
  // Own sockets for each side, so About never queues behind the POST on a shared connection.
  const poster = new Agent({ keepAlive: true, maxSockets: 1 });
  const asker = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await exchange(asker, `${options.baseUrl}/xapi/about`, 'GET', {});
    const latencies: number[] = [];
    let posting = true;
    const sampling = (async () => {
      // Bounded: at most one sample per interval for ten minutes.
      for (let i = 0; posting && i < 120_000; i++) {
        const started = performance.now();
        const response = await exchange(asker, `${options.baseUrl}/xapi/about`, 'GET', {});
        if (response.status !== 200) throw new Error(`GET /xapi/about answered ${response.status} during the batch`);
        latencies.push(performance.now() - started);
        await pause(intervalMs);
      }
    })();
    const started = performance.now();
    const response = await exchange(poster, `${options.baseUrl}/xapi/statements`, 'POST', options.headers, body).finally(() => {
      posting = false;
    });
    const postSeconds = (performance.now() - started) / 1000;
    await sampling;
    if (response.status !== 200) throw new Error(`POST of ${options.batch.length} statements answered ${response.status}: ${response.body.toString().slice(0, 300)}`);
    latencies.sort((a, b) => a - b);
    const max = latencies[latencies.length - 1] ?? 0;
    return {
      statements: options.batch.length,
      bodyMegabytes: round(body.length / 1024 / 1024, 1),
      postSeconds: round(postSeconds),
      statementsPerSec: Math.round(options.batch.length / postSeconds),
      about: { intervalMs, samples: latencies.length, p50Ms: round(percentile(latencies, 50)), p95Ms: round(percentile(latencies, 95)), maxMs: round(max), budgetMaxUnder100Ms: max < 100 },
    };
  } finally {
    poster.destroy();
    asker.destroy();
  }
}

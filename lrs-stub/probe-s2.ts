import { mkdtempSync } from 'node:fs';
import { benchStatement } from './bench/bench-statements.ts';
import { startLrsProcess } from './testing/lrs-process.ts';
const dir = mkdtempSync('/tmp/probe-s2-');
const headers = { authorization: 'Basic ' + Buffer.from('k:s').toString('base64'), 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' };
const lrs = await startLrsProcess({ LRS_DB: `${dir}/y.sqlite`, LRS_BASIC_AUTH: 'k:s' });
for (let round = 0; round < 2; round++) {
const bodies = Array.from({ length: 2000 }, (_, b) => JSON.stringify(benchStatement(b + round * 10000)));
let next = 0; const t = performance.now();
await Promise.all(Array.from({ length: 8 }, async () => { while (next < bodies.length) { const r = await fetch(`${lrs.baseUrl}/xapi/statements`, { method: 'POST', headers, body: bodies[next++]! }); await r.arrayBuffer(); } }));
console.log('http single stmts/s', Math.round(2000 / ((performance.now() - t) / 1000)));
}
await lrs.stop();

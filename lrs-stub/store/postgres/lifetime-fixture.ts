/**
 * A process for postgres-store.test.ts: opens a PostgreSQL store, writes one statement, prints
 * the count, then closes the store or leaves it open (argv[3]). The test checks that the process
 * ends either way: the worker thread and its connection must never keep it alive.
 */
import { openPostgresStore } from './postgres-store.ts';

const [url, mode] = process.argv.slice(2);
if (!url) throw new Error('usage: lifetime-fixture.ts <postgres url> close|leave-open');
const store = openPostgresStore({ url });
store.statements.insert([{ id: 'lifetime', stored: '2024-01-01T00:00:00.000Z', json: '{"id":"lifetime"}', keys: [] }], []);
console.log(store.statements.count());
if (mode === 'close') store.close();

/** Runs the store contract against every store implementation. */
import { openMemoryStore } from './memory-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { describeStoreContract } from './store.contract.ts';

describeStoreContract('memory', openMemoryStore);
describeStoreContract('sqlite', () => openSqliteStore({ path: ':memory:' }));

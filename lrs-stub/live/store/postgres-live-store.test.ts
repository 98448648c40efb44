import { withPostgresTestUrl } from '../../store/postgres/postgres-test-schema.ts';
import { liveStoreContract } from './live-store.contract.ts';
import { openPostgresLiveStore } from './postgres-live-store.ts';

withPostgresTestUrl((_open, freshUrl) => {
  liveStoreContract('PostgreSQL (LISTEN/NOTIFY)', {
    async openPair() {
      const url = freshUrl();
      return [await openPostgresLiveStore(url), await openPostgresLiveStore(url)];
    },
  });
}, 'postgres live store');

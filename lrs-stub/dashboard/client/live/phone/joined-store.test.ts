import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../test-support/memory-storage.ts';
import { JoinedStore, type StoredJoin } from './joined-store.ts';

const ann: StoredJoin = { sessionId: 's-1', participantId: 'p-ann', token: 'token-ann', code: 'KMP-7RX', displayName: 'Ann' };

describe('JoinedStore', () => {
  it('keeps a join per session with a pointer to the current one, and forgets one', () => {
    const storage = new MemoryStorage();
    const store = new JoinedStore(storage);
    store.save(ann);
    store.save({ ...ann, sessionId: 's-2', participantId: 'p-bo' });
    expect(store.current()).toMatchObject({ sessionId: 's-2', participantId: 'p-bo' });
    expect(storage.getItem('workmentor.live.s-1')).toContain('p-ann');
    store.forget('s-2');
    expect(store.current()).toBeUndefined();
    expect(storage.getItem('workmentor.live.s-1'), 'the other session stays').toContain('p-ann');
  });

  it('counts anything that does not parse as nothing stored', () => {
    const storage = new MemoryStorage();
    const store = new JoinedStore(storage);
    storage.setItem('workmentor.live.current', 's-1');
    storage.setItem('workmentor.live.s-1', '{not json');
    expect(store.current()).toBeUndefined();
    storage.setItem('workmentor.live.s-1', JSON.stringify({ ...ann, token: 42 }));
    expect(store.current()).toBeUndefined();
    storage.setItem('workmentor.live.s-1', JSON.stringify({ ...ann, sessionId: 's-other' }));
    expect(store.current(), 'an entry filed under another session').toBeUndefined();
  });

  it('works without storage (blocked by the browser)', () => {
    const blocked = new JoinedStore({ getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } } as unknown as Storage);
    expect(() => blocked.save(ann)).not.toThrow();
    expect(blocked.current()).toBeUndefined();
    expect(() => blocked.forget('s-1')).not.toThrow();
  });
});

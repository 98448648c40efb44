/**
 * The register's store: one certificate per learner and course version, random codes that read
 * back however they are typed, revocation kept with its reason, writes all or nothing, and a
 * file that survives reopening (0600, the follower's cursor included).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_STATUS_LIST_ENTRIES } from './credentials/status-list.ts';
import { type NewEntry, openRegisterStore, type RegisterStore, registerPathFor } from './register-store.ts';
import { compactCode, newVerificationCode, normalizeVerificationCode } from './verification-code.ts';

const opened: RegisterStore[] = [];
function open(path = ':memory:'): RegisterStore {
  const store = openRegisterStore({ path });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function entry(overrides: Partial<NewEntry> = {}): NewEntry {
  return {
    name: 'Ayşe Yılmaz',
    identifier: 'ayse@example.org',
    identifierType: 'emailAddress',
    awardedOn: '2026-06-30',
    awardedAt: '2026-06-30T12:00:00.000Z',
    language: 'nl',
    courseVersion: '1.0.0',
    source: 'lrs',
    sourceRef: 'statement-1',
    ...overrides,
  };
}

describe('verification codes', () => {
  it('are 12 Crockford base-32 characters in groups of four, and differ every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, newVerificationCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('use every character of the alphabet in every position (uniform, nothing fixed)', () => {
    const seen = Array.from({ length: 12 }, () => new Set<string>());
    for (let i = 0; i < 3000; i += 1) [...compactCode(newVerificationCode()).toUpperCase()].forEach((c, position) => seen[position]!.add(c));
    for (const position of seen) expect(position.size).toBe(32);
  });

  it('read back in lower case, with spaces, without dashes, and with O, I, L for 0, 1, 1', () => {
    expect(normalizeVerificationCode('7k3m-q9xd-2hpa')).toBe('7K3M-Q9XD-2HPA');
    expect(normalizeVerificationCode(' 7K3M Q9XD 2HPA ')).toBe('7K3M-Q9XD-2HPA');
    expect(normalizeVerificationCode('7K3MQ9XD2HPA')).toBe('7K3M-Q9XD-2HPA');
    expect(normalizeVerificationCode('7K3M-O9XD-IHPL')).toBe('7K3M-09XD-1HP1');
  });

  it('refuse what cannot be a code: wrong length, U, punctuation, the course\'s own WM- codes', () => {
    for (const typed of ['7K3M-Q9XD-2HP', '7K3M-Q9XD-2HPAX', '7K3M-Q9XD-2HPU', '7K3M/Q9XD/2HPA', 'WM-7K3Q-9XPD-4', '', 'x'.repeat(100)]) {
      expect(normalizeVerificationCode(typed), typed).toBeUndefined();
    }
  });
});

describe('register store', () => {
  it('registers a learner once per course version, whoever asks again', () => {
    const store = open();
    const first = store.add(entry());
    expect(first.added).toBe(true);
    const again = store.add(entry({ sourceRef: 'statement-2', source: 'moodle-csv', name: 'Ayse Yilmaz' }));
    expect(again).toMatchObject({ added: false, existing: { code: first.added ? first.entry.code : '', name: 'Ayşe Yılmaz', source: 'lrs' } });
    const nextVersion = store.add(entry({ courseVersion: '1.1.0' }));
    expect(nextVersion.added).toBe(true);
    expect(store.search({ status: 'all' }).total).toBe(2);
  });

  it('gives each entry its own code, status list bit and 16-byte salt', () => {
    const store = open();
    const entries = Array.from({ length: 200 }, (_, i) => store.add(entry({ identifier: `mentor${i}@example.org` })));
    const stored = entries.map((result) => (result.added ? result.entry : undefined)!);
    expect(new Set(stored.map((e) => e.code)).size).toBe(200);
    expect(new Set(stored.map((e) => e.statusIndex)).size).toBe(200);
    for (const e of stored) {
      expect(e.statusIndex).toBeGreaterThanOrEqual(0);
      expect(e.statusIndex).toBeLessThan(MIN_STATUS_LIST_ENTRIES);
      expect(Buffer.from(e.salt, 'base64url')).toHaveLength(16);
    }
    // Random, not handed out in order (Bitstring Status List privacy).
    const indexes = stored.map((e) => e.statusIndex);
    expect(indexes).not.toEqual([...indexes].sort((a, b) => a - b));
  });

  it('keeps a revocation with its date, reason and author, and revokes once', () => {
    const store = open();
    const added = store.add(entry());
    if (!added.added) throw new Error('not added');
    const revision = store.statusRevision();
    const result = store.revoke(added.entry.code, { reason: 'certificate issued in error', by: 'coordinator-anna', at: new Date('2026-07-02T08:00:00Z') });
    expect(result).toMatchObject({ outcome: 'revoked', entry: { status: 'revoked', revokedOn: '2026-07-02', revokedReason: 'certificate issued in error', revokedBy: 'coordinator-anna' } });
    expect(store.statusRevision()).toBe(revision + 1);
    expect(store.revokedIndexes()).toEqual([added.entry.statusIndex]);
    expect(store.revoke(added.entry.code, { reason: 'again', by: 'someone' }).outcome).toBe('already-revoked');
    expect(store.get(added.entry.code)?.revokedReason).toBe('certificate issued in error');
    expect(store.revoke('0000-0000-0000', { reason: 'x', by: 'y' }).outcome).toBe('not-found');
  });

  it('searches name, identifier and code, case-insensitively in any script, newest first', () => {
    const store = open();
    const names = ['Ayşe Yılmaz', 'Łukasz Nowak', 'Σοφία Παπαδοπούλου', 'Мария Иванова', 'محمد علي', 'דוד כהן'];
    const codes = names.map((name, i) => {
      const result = store.add(entry({ name, identifier: `m${i}@example.org`, awardedOn: `2026-06-${String(10 + i).padStart(2, '0')}` }));
      return result.added ? result.entry.code : '';
    });
    const names_ = (q: string) => store.search({ q, status: 'all' }).entries.map((e) => e.name);
    expect(names_('AYŞE')).toEqual(['Ayşe Yılmaz']);
    expect(names_('łukasz')).toEqual(['Łukasz Nowak']);
    expect(names_('ΣΟΦΊΑ')).toEqual(['Σοφία Παπαδοπούλου']);
    expect(names_('мария')).toEqual(['Мария Иванова']);
    expect(names_('محمد')).toEqual(['محمد علي']);
    expect(names_('דוד')).toEqual(['דוד כהן']);
    expect(names_('M3@EXAMPLE')).toEqual(['Мария Иванова']);
    expect(names_(codes[1]!.toLowerCase().replace(/-/g, ''))).toEqual(['Łukasz Nowak']);
    expect(names_('%')).toEqual([]);
    expect(store.search({ status: 'all' }).entries.map((e) => e.name)).toEqual([...names].reverse());
    expect(store.search({ status: 'all', limit: 2 })).toMatchObject({ total: 6, entries: [{ name: 'דוד כהן' }, { name: 'محمد علي' }] });
  });

  it('filters by status', () => {
    const store = open();
    const a = store.add(entry({ identifier: 'a@example.org' }));
    store.add(entry({ identifier: 'b@example.org' }));
    if (a.added) store.revoke(a.entry.code, { reason: 'left the programme', by: 'x' });
    expect(store.search({ status: 'revoked' }).entries.map((e) => e.identifier)).toEqual(['a@example.org']);
    expect(store.search({ status: 'active' }).entries.map((e) => e.identifier)).toEqual(['b@example.org']);
  });

  it('writes all or nothing: an error inside a transaction leaves no entry and no cursor move', () => {
    const store = open();
    expect(() =>
      store.transaction(() => {
        store.add(entry());
        store.setFollowerSeq(42);
        throw new Error('crash in the middle');
      }),
    ).toThrow('crash in the middle');
    expect(store.search({ status: 'all' }).total).toBe(0);
    expect(store.followerSeq()).toBe(0);
  });

  it('lives in lrs-register.sqlite beside the LRS database, 0600, and keeps entries and cursor across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-'));
    const path = registerPathFor(join(dir, 'lrs.sqlite'));
    expect(path).toBe(join(dir, 'lrs-register.sqlite'));
    expect(registerPathFor(':memory:')).toBe(':memory:');
    const first = open(path);
    const added = first.add(entry());
    first.setFollowerSeq(17);
    first.close();
    opened.pop();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = open(path);
    expect(again.followerSeq()).toBe(17);
    expect(again.get(added.added ? added.entry.code : '')?.name).toBe('Ayşe Yılmaz');
  });
});

describe("erasure at the learner's request", () => {
  const ayse = { lrsAgent: 'mbox|mailto:ayse@example.org', identities: [{ identifierType: 'emailAddress' as const, identifier: 'ayse@example.org' }] };

  it('deletes the learner\'s certificates from every source, keeping the code and a status bit set for good', () => {
    const store = open();
    const fromLrs = store.add(entry({ lrsAgent: ayse.lrsAgent }));
    const fromMoodle = store.add(entry({ courseVersion: '0.9.0', source: 'moodle-csv', sourceRef: 'moodle:line 4' }));
    const other = store.add(entry({ name: 'Ben', identifier: 'ben@example.org', sourceRef: 'statement-2', lrsAgent: 'mbox|mailto:ben@example.org' }));
    if (!fromLrs.added || !fromMoodle.added || !other.added) throw new Error('not added');
    const revision = store.statusRevision();
    expect(store.entriesOf(ayse).map((e) => e.code).sort()).toEqual([fromLrs.entry.code, fromMoodle.entry.code].sort());
    expect(store.erase(ayse, new Date('2026-07-02T08:00:00Z'))).toBe(2);
    expect(store.get(fromLrs.entry.code)).toBeUndefined();
    expect(store.erasedOn(fromLrs.entry.code)).toBe('2026-07-02');
    expect(store.erasedOn(other.entry.code)).toBeUndefined();
    expect(store.search({ status: 'all', q: 'ayse' }).total).toBe(0);
    expect(store.search({ status: 'all' }).entries.map((e) => e.name)).toEqual(['Ben']);
    // The credentials Ayşe may still hold verify as revoked, now and after any later change.
    expect(store.revokedIndexes()).toEqual([fromLrs.entry.statusIndex, fromMoodle.entry.statusIndex].sort((a, b) => a - b));
    expect(store.statusRevision()).toBe(revision + 1);
    expect(store.erase(ayse)).toBe(0);
    expect(store.statusRevision()).toBe(revision + 1);
  });

  it('refuses to register again a certificate awarded before the erasure, and registers one earned after it', () => {
    const store = open();
    store.add(entry({ lrsAgent: ayse.lrsAgent }));
    store.erase(ayse, new Date('2026-07-02T08:00:00Z'));
    // An old Moodle export, in other capitals.
    expect(store.add(entry({ source: 'moodle-csv', sourceRef: 'moodle:line 9' }))).toEqual({ added: false, erasedOn: '2026-07-02' });
    const again = store.add(entry({ awardedOn: '2026-09-01', awardedAt: '2026-09-01T10:00:00.000Z', sourceRef: 'statement-9' }));
    expect(again.added).toBe(true);
  });
});

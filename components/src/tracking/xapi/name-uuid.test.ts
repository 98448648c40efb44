import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nameUuid, sha1 } from './name-uuid.ts';

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

describe('nameUuid', () => {
  it('hashes like SHA-1, for empty, multi-block and non-ASCII input', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(64), 'æøå 🙂 '.repeat(40)]) {
      const bytes = new TextEncoder().encode(text);
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });

  it('gives the RFC 9562 version 5 UUID (the DNS namespace test vector)', () => {
    expect(nameUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same id for the same name and different ids for different names', () => {
    expect(nameUuid('registration|event')).toBe(nameUuid('registration|event'));
    expect(nameUuid('registration|event')).not.toBe(nameUuid('registration|event2'));
    expect(nameUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

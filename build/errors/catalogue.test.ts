import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, errorNames } from './catalogue.ts';

// The loader's tests, and the build steps' that report catalogue errors (the resume budget).
const loaderTests = ['../load', '../steps']
  .flatMap((dir) =>
    readdirSync(join(import.meta.dirname, dir))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(import.meta.dirname, dir, f), 'utf8')),
  )
  .join('\n');

describe('error catalogue', () => {
  it('has stable PascalCase names', () => {
    for (const name of errorNames) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it('has a loader test that pins each error by name and position', () => {
    const untested = errorNames.filter((name) => !new RegExp(`(['\`]|error |warning )${name} `).test(loaderTests));
    expect(untested).toEqual([]);
  });

  it('words every fixed "why" as a lower-case clause that ends in a full stop', () => {
    for (const [name, kind] of Object.entries(catalogue)) {
      expect(kind.title, name).not.toBe('');
      if (typeof kind.why === 'string') expect(kind.why, name).toMatch(/^[a-z].*\.$/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { insertInList, insertInMap } from './yaml-insert.ts';

describe('yaml-insert: adding to an authored file without rewriting it', () => {
  it('adds to a flow list as written, keeping its spacing', () => {
    expect(insertInList('locales: [en, nl] # shipped\n', 'c', ['locales'], 'nb')).toBe('locales: [en, nl, nb] # shipped\n');
    expect(insertInList('locales: []\n', 'c', ['locales'], 'nb')).toBe('locales: [nb]\n');
  });

  it('adds to a block list at the end or before an entry, with the list\'s own indent', () => {
    const text = 'modules:\n    - a   # first\n    - z\nmastery: 1\n';
    expect(insertInList(text, 'c', ['modules'], 'b')).toBe('modules:\n    - a   # first\n    - z\n    - b\nmastery: 1\n');
    expect(insertInList(text, 'c', ['modules'], 'b', 1)).toBe('modules:\n    - a   # first\n    - b\n    - z\nmastery: 1\n');
    expect(insertInList('items:\n  - id: a\n    x: 1 # keep\n', 'c', ['items'], 'id: b\nx: 2\n')).toBe('items:\n  - id: a\n    x: 1 # keep\n  - id: b\n    x: 2\n');
  });

  it('adds an entry at the end of a map, or makes the map when it is missing', () => {
    const text = '# header\ntitle: T\nactivities:\n  a:\n    title: A # why\n';
    expect(insertInMap(text, 'c', ['activities'], 'b', 'b:\n  title: B\n')).toBe(`${text}  b:\n    title: B\n`);
    expect(insertInMap('title: T\n', 'c', ['activities'], 'b', 'b:\n  title: B\n')).toBe('title: T\nactivities:\n  b:\n    title: B\n');
    expect(() => insertInMap(text, 'c', ['activities'], 'a', 'a: x\n')).toThrow('already has `activities.a`');
  });

  it('refuses a file with a YAML error, so nothing is written on top of it', () => {
    expect(() => insertInList('modules: [a\n', 'course.yaml', ['modules'], 'b')).toThrow('course.yaml has a YAML error');
  });
});

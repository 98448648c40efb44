/**
 * Values one test leaves for the next tests of the same run (the cmid of an activity a learner
 * is half-way through), kept as JSON files in the run's folder. Playwright starts a new worker
 * after a failed test, so module variables do not survive a failure, and the tests after it
 * would otherwise lose the Moodle state they are meant to examine.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDir } from './run-packages.ts';

const file = (key: string) => path.join(runDir(), `state-${key}.json`);

/** The value stored under `key` in this run; made (and stored) by `make` the first time. */
export async function remember<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (existsSync(file(key))) return recall<T>(key);
  const value = await make();
  writeFileSync(file(key), JSON.stringify(value));
  return value;
}

/** The value an earlier test stored under `key`; fails, naming the key, when that test did not get so far. */
export function recall<T>(key: string): T {
  if (!existsSync(file(key))) throw new Error(`Nothing stored under "${key}" in this run: the earlier test that makes it failed before it or did not run.`);
  return JSON.parse(readFileSync(file(key), 'utf8')) as T;
}

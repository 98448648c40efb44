/**
 * Small courses written to temp folders for loader tests: a valid English-only base that each
 * test breaks in one or two places, so every error can be pinned to an exact file:line:col.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContentError } from '../../errors/content-error.ts';
import { loadCourse, type LoadResult } from '../load-course.ts';

export const TINY_COURSE = `id: tiny
version: 1.0.0
title: Tiny course
description: A course for tests.
locales: [en]
baseIri: https://example.org/tiny
competences:
  - id: listening
    title: Listening
modules:
  - m
mastery:
  passMark: 80
reporting: passed-incomplete
`;

/** module.yaml of module `m` with `activities` appended after a page called `intro` (lines 1-11). */
export const tinyModule = (activities = ''): string => `id: m
title: A module
summary: For tests.
objectives:
  - id: listen
    text: Listen well.
    competences: [listening]
activities:
  - id: intro
    type: page
    title: Intro
${activities}`;

export const TINY_FILES: Record<string, string> = {
  'course.yaml': TINY_COURSE,
  'modules/m/module.yaml': tinyModule(),
  'modules/m/pages/intro.md': '# Intro\n\nHello.\n',
};

const roots: string[] = [];

/** Writes the tiny course with `changes` (a file's new text, or null to delete it) to a temp folder. */
export async function writeCourse(changes: Record<string, string | null> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'wm-course-'));
  roots.push(root);
  const files = { ...TINY_FILES, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** Loads the tiny course with `changes`; `courseArg` is fixed so messages do not name temp paths. */
export async function loadTiny(changes: Record<string, string | null> = {}): Promise<LoadResult> {
  return loadCourse(await writeCourse(changes), { courseArg: 'course' });
}

/** Every problem (errors and warnings) of loading the tiny course with `changes`. */
export async function problemsOf(changes: Record<string, string | null> = {}): Promise<ContentError[]> {
  const result = await loadTiny(changes);
  return result.ok ? result.course.warnings : [...result.errors, ...result.warnings];
}

/** `name file:line:col` of each problem, the shortest readable pin of what and where. */
export const pins = (problems: ContentError[]): string[] =>
  problems.map((p) => `${p.name} ${p.file}${p.line > 0 ? `:${p.line}:${p.column}` : ''}`);

/** `file:line:col` of the first occurrence of `needle` in `text`, to pin positions in longer files. */
export function positionOf(file: string, text: string, needle: string, nth = 1): string {
  let offset = -1;
  for (let i = 0; i < nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, offset);
  return `${file}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/** `file:line:col` of the value in the first `key: value` line matching `pair` (e.g. `next: hello`). */
export function valuePosition(file: string, text: string, pair: string, nth = 1): string {
  const [line, column] = positionOf(file, text, pair, nth).split(':').slice(-2).map(Number);
  return `${file}:${line}:${column! + pair.indexOf(': ') + 2}`;
}

export async function removeTempCourses(): Promise<void> {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

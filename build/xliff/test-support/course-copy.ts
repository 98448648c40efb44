/**
 * Course folders for the XLIFF tests: a copy of the real course (import writes, and the real
 * folder must never be touched) and a small bilingual course for the error cases, plus a
 * snapshot of every text file to prove that a refused import wrote nothing.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { TINY_COURSE, tinyModule, writeCourse } from '../../load/test-support/tiny-course.ts';

export const REAL_COURSE = join(import.meta.dirname, '../../../course/content');

const copies: string[] = [];

export async function copyRealCourse(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'wm-xliff-'));
  copies.push(root);
  await cp(REAL_COURSE, join(root, 'content'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  return join(root, 'content');
}

export async function removeCopies(): Promise<void> {
  await Promise.all(copies.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** Every YAML and Markdown file under `root` by relative path. */
export async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ya?ml|md)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(root, path), await readFile(path, 'utf8'));
  }
  return out;
}

/**
 * A course in English and Dutch: a module with a page (a link and a placeholder), a quiz with a
 * fill-in item (maxLength 12) and every Dutch text translated.
 */
export function writeBilingualCourse(changes: Record<string, string | null> = {}): Promise<string> {
  return writeCourse({
    'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
    'modules/m/module.yaml': tinyModule(`  - id: word
    type: quiz
    title: One word
    passMark: 100
    items:
      - id: listen
        kind: fill-in
        prompt: What does a good mentor do first?
        accept: [listen]
        maxLength: 12
        feedback:
          correct: Yes, {{name}}.
          incorrect: No.
`),
    'modules/m/pages/intro.md': '# Intro\n\nHello. Read [the guide](https://example.org/guide).\n',
    'modules/m/pages/intro.nl.md': '# Intro\n\nHallo. Lees [de gids](https://example.org/guide).\n',
    'i18n/nl.yaml': 'title: Kleine cursus\ndescription: Een cursus voor tests.\ncompetences:\n  listening:\n    title: Luisteren\n',
    'modules/m/i18n/nl.yaml': `# Dutch texts of module m.
title: Een module
summary: Voor tests.
objectives:
  listen:
    text: Goed luisteren.
activities:
  intro:
    title: Intro
  word:
    title: Eén woord
    items:
      listen:
        prompt: Wat doet een goede mentor eerst?
        accept: [luisteren]
        feedback:
          correct: Ja, {{name}}.
          incorrect: Nee.
`,
    ...changes,
  });
}

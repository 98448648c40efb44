/**
 * The translator's worksheet: `npx tsx build/i18n-extract.ts <course-root> <locale>` prints, as
 * nested YAML, every text not yet translated into <locale> (missing or empty), each with its
 * English source as a comment above an empty value, one YAML document per translation file.
 * Fill in the values and paste each document into the file named in its header. Page bodies are
 * whole Markdown files; the missing ones are listed at the top.
 *
 * Module folders that course.yaml does not list yet are in the worksheet too (a new module is
 * translated before it is added), each marked so. With `--prefill`, each value is the English
 * text under a `# TODO translate` line instead of empty: a new language then loads at once, and
 * the translator replaces what is marked.
 */
import { realpathSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listNames } from './load/course-folder.ts';
import { flattenTranslation } from './load/translation-file.ts';
import { courseTexts, listTexts, moduleTexts, type TextEntry, type TextSpec } from './load/translatable.ts';
import { readYamlFile } from './load/yaml-file.ts';

interface Tree {
  [segment: string]: Tree | TextEntry;
}

export async function translationWorksheet(root: string, locale: string, options: { prefill?: boolean } = {}): Promise<string> {
  const absRoot = resolve(root);
  const course = await readYamlFile(absRoot, 'course.yaml');
  if (!course || course.data === undefined) throw new Error(`Cannot read ${join(absRoot, 'course.yaml')}; run the build to see why.`);
  const raw = course.data as { locales?: unknown; modules?: unknown };
  const header = [`# Translation worksheet for "${locale}". Keys: see build/load/translatable.ts.`];
  if (!Array.isArray(raw.locales) || !raw.locales.includes(locale)) {
    header.push(`# Note: "${locale}" is not yet in \`locales\` in course.yaml; add it there too.`);
  }
  const folders = await listNames(join(absRoot, 'modules'), 'dir');
  const inCourse = Array.isArray(raw.modules) ? raw.modules.filter((m): m is string => typeof m === 'string') : folders;
  const notYetListed = folders.filter((id) => !inCourse.includes(id));
  const listed = [...inCourse, ...notYetListed];
  for (const id of notYetListed) header.push(`# Note: module "${id}" is not in \`modules\` in course.yaml yet; its texts are included so it can be translated first.`);

  const documents: string[] = [];
  const missingPages: string[] = [];
  const prefill = options.prefill === true;
  documents.push(await worksheetFor(absRoot, 'i18n', courseTexts, course.data, locale, prefill));
  for (const id of listed) {
    const dir = `modules/${id}`;
    const module = await readYamlFile(absRoot, `${dir}/module.yaml`);
    if (!module || module.data === undefined) continue;
    documents.push(await worksheetFor(absRoot, `${dir}/i18n`, moduleTexts, module.data, locale, prefill));
    const activities = (module.data as { activities?: unknown }).activities;
    for (const activity of Array.isArray(activities) ? activities : []) {
      const page = activity as { id?: unknown; type?: unknown } | null;
      if (page?.type !== 'page' || typeof page.id !== 'string') continue;
      const target = `${dir}/pages/${page.id}.${locale}.md`;
      if (!(await exists(join(absRoot, target)))) missingPages.push(`#   ${dir}/pages/${page.id}.md  →  ${target}`);
    }
  }
  if (missingPages.length > 0) header.push('# Pages to translate (copy the English file and translate it):', ...missingPages);
  const filled = documents.filter(Boolean);
  if (filled.length === 0) header.push('# Every text is translated.');
  return [header.join('\n'), ...filled].join('\n---\n') + '\n';
}

/** One YAML document with the untranslated keys of one translation file, or '' if none. */
async function worksheetFor(root: string, i18nDir: string, spec: TextSpec, data: unknown, locale: string, prefill: boolean): Promise<string> {
  const fileName = `${i18nDir}/${locale}.yaml`;
  const source = listTexts(spec, data);
  const existing = await readYamlFile(root, fileName, { failsafe: true });
  const done = new Set<string>();
  if (existing && existing.errors.length === 0) {
    const keys = new Set(source.map((e) => e.key));
    for (const entry of flattenTranslation(existing, keys)) {
      const v = entry.value;
      if ((typeof v === 'string' && v !== '') || (Array.isArray(v) && v.length > 0 && v.every(Boolean))) done.add(entry.key);
    }
  }
  const missing = source.filter((e) => !done.has(e.key));
  if (missing.length === 0) return '';
  const tree: Tree = {};
  for (const entry of missing) {
    const segments = entry.key.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Tree;
    node[segments.at(-1)!] = entry;
  }
  const intro = !existing
    ? `# ${fileName}: save this as the file.`
    : existing.errors.length > 0
      ? `# ${fileName}: this file has YAML errors (run the build to see them); fix those first. Every key:`
      : `# ${fileName}: add these keys to the file (it already has ${done.size} of ${source.length}).`;
  return [intro, ...render(tree, '', prefill)].join('\n');
}

function render(tree: Tree, indent: string, prefill: boolean): string[] {
  const lines: string[] = [];
  for (const [segment, value] of Object.entries(tree)) {
    if (isEntry(value)) {
      const english = Array.isArray(value.value) ? value.value.map((v) => `- ${v}`) : value.value.trim().split('\n');
      if (prefill) {
        lines.push(`${indent}# TODO translate${value.limit ? ` (at most ${value.limit} characters)` : ''}`);
        lines.push(`${indent}${segment}: ${JSON.stringify(Array.isArray(value.value) ? value.value : value.value.trim())}`);
        continue;
      }
      for (const line of english) lines.push(`${indent}# ${line}`.trimEnd());
      if (value.limit) lines.push(`${indent}# (at most ${value.limit} characters)`);
      lines.push(`${indent}${segment}:${Array.isArray(value.value) ? ' []' : ''}`);
    } else {
      lines.push(`${indent}${segment}:`, ...render(value, `${indent}  `, prefill));
    }
  }
  return lines;
}

const isEntry = (value: Tree | TextEntry): value is TextEntry =>
  typeof (value as TextEntry).key === 'string' && Array.isArray((value as TextEntry).path);

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

// Compared through realpath: started through a symlinked folder, argv[1] names the link.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const prefill = args.includes('--prefill');
  const [root, locale] = args.filter((arg) => arg !== '--prefill');
  if (!root || !locale) {
    process.stderr.write('Usage: npx tsx build/i18n-extract.ts <course-root> <locale> [--prefill]\n');
    process.exit(2);
  }
  translationWorksheet(root, locale, { prefill }).then(
    (sheet) => process.stdout.write(sheet),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

/**
 * `workmentor xliff import`: checks a translated XLIFF file against the course (check-import.ts)
 * and, only when nothing is wrong, writes the changed targets into the i18n YAML files
 * (yaml-edit.ts) and the translated Markdown files. Every new file content is computed before
 * the first write, so a problem found while preparing one file leaves all files as they were,
 * and the writes go through temp files and renames.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentError } from '../errors/content-error.ts';
import type { TextValue } from '../load/translatable.ts';
import { exists, FilePlan, ScaffoldError } from '../scaffold/file-plan.ts';
import { modelineInCourse, withModeline } from '../schemas/modeline.ts';
import { checkImport, type ImportPlan } from './check-import.ts';
import { textToList } from './course-units.ts';
import { editTranslationYaml } from './yaml-edit.ts';

export interface ImportResult {
  ok: boolean;
  problems: ContentError[];
  locale?: string;
  /** Units with a valid target. */
  imported: number;
  changed: number;
  unchanged: number;
  /** Units without a target, left as they were. */
  skipped: number;
  /** Course files written, relative to the course folder. */
  written: string[];
}

export async function importXliff(root: string, xliffText: string, xliffFile: string): Promise<ImportResult> {
  const plan = await checkImport(root, xliffText, xliffFile);
  const result: ImportResult = {
    ok: !plan.problems.some((p) => p.severity !== 'warning'),
    problems: plan.problems,
    ...(plan.locale ? { locale: plan.locale } : {}),
    imported: plan.imported,
    changed: plan.updates.length,
    unchanged: plan.unchanged,
    skipped: plan.problems.filter((p) => p.name === 'XliffTargetMissing').length,
    written: [],
  };
  if (!result.ok || !plan.course) return result;
  const contents = await newContents(plan);
  // Through the scaffolder's plan: every file goes to a temp file beside it first, then all are
  // renamed, so a translator's file is never left half-written, and a file edited meanwhile stops it.
  const files = new FilePlan(plan.course.root);
  for (const [file, text] of contents) {
    const path = join(plan.course.root, file);
    if (await exists(path)) await files.edit(path, () => text);
    else await files.create(path, text);
  }
  try {
    await files.commit();
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    throw new ScaffoldError(error.message.replace('while the scaffold was planned', 'while the import was prepared').replace('Run the command again.', 'Import the file again.'));
  }
  result.written.push(...contents.keys());
  return result;
}

/** The new text of every course file the plan changes. */
async function newContents(plan: ImportPlan): Promise<Map<string, string>> {
  const root = plan.course!.root;
  const yamlChanges = new Map<string, Map<string, TextValue>>();
  const out = new Map<string, string>();
  for (const { unit, target } of plan.updates) {
    if (unit.home.kind === 'file') {
      out.set(unit.home.file, `${target}\n`);
      continue;
    }
    const changes = yamlChanges.get(unit.home.file) ?? new Map<string, TextValue>();
    changes.set(unit.home.key, unit.kind === 'list' ? textToList(target) : target);
    yamlChanges.set(unit.home.file, changes);
  }
  for (const [file, changes] of yamlChanges) {
    const keyOrder = plan.course!.files.flatMap((f) => f.units).flatMap((u) => (u.home.kind === 'yaml' && u.home.file === file ? [u.home.key] : []));
    const current = await readFile(join(root, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    // A file the import creates names its editor schema, as the files `workmentor new` writes do.
    const edited = editTranslationYaml(current, changes, keyOrder);
    const modeline = current === undefined ? modelineInCourse(root, file) : undefined;
    out.set(file, modeline ? withModeline(edited, modeline) : edited);
  }
  return out;
}

/** "Imported 12 units for "nl": 3 changed, 9 unchanged; 2 without a target were skipped." */
export function importSummary(result: ImportResult): string {
  const lines = [
    `Imported ${result.imported} unit(s) for "${result.locale}": ${result.changed} changed, ${result.unchanged} unchanged.`,
    ...(result.skipped ? [`${result.skipped} unit(s) without a target were left as they were.`] : []),
    ...(result.written.length ? ['Written:', ...result.written.map((f) => `  ${f}`)] : ['No course file needed a change.']),
  ];
  return lines.join('\n');
}

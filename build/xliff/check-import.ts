/**
 * Judges a translated XLIFF file against the course before anything is written: the target
 * language, every <file> and unit id, each target's length, placeholders, link targets and
 * images. The result is a plan: every problem (errors stop the import; warnings do not) and the
 * targets that change a course file. Nothing here writes.
 *
 * A unit without a target is a warning, not an error: CAT tools hand back half-done files, and
 * importing what is done is progress; the course file keeps what it had for the rest.
 */
import type { ContentError, Location } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import { courseUnits, normalizeMarkdown, textToList, type CourseUnits, type TranslationUnit } from './course-units.ts';
import { MUST_KEEP, shapeDifferences, shapeOf } from './markdown-shape.ts';
import { readXliff, XliffUnreadable, type ReadUnit, type XliffVersion } from './xliff-document.ts';
import { xliffError } from './xliff-errors.ts';
import { XliffLocator } from './xliff-location.ts';

export interface UnitUpdate {
  unit: TranslationUnit;
  /** The new translation, normalised as it will be written (a list is one answer per line). */
  target: string;
}

export interface ImportPlan {
  locale?: string;
  version?: XliffVersion;
  /** Errors and warnings, in XLIFF order. */
  problems: ContentError[];
  /** Targets that differ from the course files. */
  updates: UnitUpdate[];
  /** Units with a valid target, changed or not. */
  imported: number;
  unchanged: number;
  course?: CourseUnits;
}

export async function checkImport(root: string, xliffText: string, xliffFile: string): Promise<ImportPlan> {
  const where = new XliffLocator(xliffFile, xliffText);
  const plan: ImportPlan = { problems: [], updates: [], imported: 0, unchanged: 0 };
  let read;
  try {
    read = await readXliff(xliffText);
  } catch (error) {
    if (!(error instanceof XliffUnreadable)) throw error;
    plan.problems.push(xliffError('XliffUnreadable', { file: xliffFile, message: error.message }, where.at(error.line, error.column)));
    return plan;
  }
  plan.version = read.version;
  const language = read.targetLanguage ?? '';
  const course = await courseUnits(root, language || 'und');
  const top = where.at(1, 1);
  if (read.sourceLanguage && read.sourceLanguage !== course.sourceLocale) {
    plan.problems.push(xliffError('XliffSourceLanguage', { language: read.sourceLanguage, source: course.sourceLocale }, top));
  }
  if (!course.locales.includes(language) || language === course.sourceLocale) {
    plan.problems.push(xliffError('XliffLanguageNotInCourse', { language, locales: course.locales, source: course.sourceLocale }, top));
    return plan;
  }
  plan.locale = language;
  plan.course = course;

  const files = new Map(course.files.map((f) => [f.id, new Map(f.units.map((u) => [u.id, u]))]));
  const segmented = new Set(read.segmented.map((s) => `${s.fileId}\n${s.id}`));
  const reportedFiles = new Set<string>();
  for (const read_ of read.units) {
    const units = files.get(read_.fileId);
    if (!units) {
      if (!reportedFiles.has(read_.fileId)) {
        reportedFiles.add(read_.fileId);
        const known = [...files.keys()];
        const suggestion = closest(read_.fileId, known);
        plan.problems.push(xliffError('XliffFileUnknown', { id: read_.fileId, known, ...(suggestion ? { suggestion } : {}) }, where.file(read_.fileId)));
      }
      continue;
    }
    const unit = units.get(read_.id);
    // Finding a unit's line costs a scan of the file: done only for units with a problem.
    const at = (): Location => where.unit(read_.fileId, read_.id);
    if (!unit) {
      const suggestion = closest(read_.id, units.keys());
      plan.problems.push(xliffError('XliffUnitUnknown', { unit: read_.id, file: read_.fileId, ...(suggestion ? { suggestion } : {}) }, at()));
      continue;
    }
    const problems = judge(unit, read_, segmented.has(`${read_.fileId}\n${read_.id}`), at);
    plan.problems.push(...problems);
    // A missing target is a warning, but there is nothing to import either.
    if (problems.some((p) => p.severity !== 'warning' || p.name === 'XliffTargetMissing')) continue;
    const target = normalise(unit, read_.target as string);
    plan.imported++;
    if (target === unit.target) plan.unchanged++;
    else plan.updates.push({ unit, target });
  }
  return plan;
}

/** "modules/feedback/i18n/nl.yaml, key `title`", or the Markdown file. */
export const placeOf = (unit: TranslationUnit): string =>
  unit.home.kind === 'yaml' ? `${unit.home.file}, key "${unit.home.key}"` : unit.home.file;

const normalise = (unit: TranslationUnit, target: string): string =>
  unit.kind === 'markdown' ? normalizeMarkdown(target) : unit.kind === 'list' ? textToList(target).join('\n') : target.trim();

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The problems of one unit's target. */
function judge(unit: TranslationUnit, read: ReadUnit, segmented: boolean, at: () => Location): ContentError[] {
  const ids = { unit: unit.id, place: placeOf(unit) };
  if (segmented) return [xliffError('XliffTargetNotText', { ...ids, reason: 'it is split into several segments.' }, at())];
  if (read.target !== undefined && typeof read.target !== 'string') {
    return [xliffError('XliffTargetNotText', { ...ids, reason: 'its target holds inline codes (<ph>, <pc>, <g>, …), not plain text.' }, at())];
  }
  const target = typeof read.target === 'string' ? normalise(unit, read.target) : '';
  if (target === '') return [xliffError('XliffTargetMissing', ids, at())];
  const out: ContentError[] = [];
  if (typeof read.source === 'string' && flat(read.source) !== flat(unit.source)) {
    out.push(xliffError('XliffSourceChanged', { ...ids, then: read.source, now: unit.source }, at()));
  }
  if (unit.limit && unit.kind === 'text' && target.length > unit.limit) {
    out.push(xliffError('XliffTargetTooLong', { ...ids, limit: unit.limit, length: target.length }, at()));
  }
  if (unit.limit && unit.kind === 'list') {
    for (const answer of target.split('\n').filter((a) => a.length > unit.limit!)) {
      out.push(xliffError('XliffTargetTooLong', { ...ids, limit: unit.limit, length: answer.length, answer }, at()));
    }
  }
  const differences = shapeDifferences(shapeOf(unit.source, unit.kind === 'markdown'), shapeOf(target, unit.kind === 'markdown'));
  const broken = differences.filter((d) => MUST_KEEP.has(d.part)).map((d) => d.text);
  if (broken.length) out.push(xliffError('XliffTargetShape', { ...ids, differences: broken }, at()));
  // The course's own translations adapt sections and lists per country, so only a change is worth a word.
  const adapted = differences.filter((d) => !MUST_KEEP.has(d.part)).map((d) => d.text);
  if (adapted.length && target !== unit.target) out.push(xliffError('XliffStructureChanged', { ...ids, differences: adapted }, at()));
  return out;
}

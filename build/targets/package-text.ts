/**
 * The title and description a package shows in an LMS, per locale: the course's for a course
 * package, the module's title and summary for a module package (`--split modules`), where a
 * trainer sees one activity per module.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { TargetInput } from './target.ts';

export interface LocalText {
  locale: Locale;
  text: string;
}

type Input = Pick<TargetInput, 'unit' | 'course' | 'locales'>;

const dataFor = (input: Input, locale: Locale): CourseData => {
  const data = input.course.data[locale];
  if (!data) throw new Error(`The course has no "${locale}" data.`);
  return data;
};

/** The locale for places that hold one text only (SCORM titles): the source locale when packaged, else the first. */
export const mainLocale = (input: Input): Locale =>
  input.locales.includes(input.course.source.sourceLocale) ? input.course.source.sourceLocale : input.locales[0]!;

export const titles = (input: Input): LocalText[] =>
  input.locales.map((locale) => {
    const data = dataFor(input, locale);
    return { locale, text: input.unit.module ? data.modules[0]!.title : data.title };
  });

export const descriptions = (input: Input): LocalText[] =>
  input.locales.map((locale) => {
    const data = dataFor(input, locale);
    return { locale, text: input.unit.module ? data.modules[0]!.summary : data.description };
  });

export const mainTitle = (input: Input): string => titles(input).find((t) => t.locale === mainLocale(input))!.text;

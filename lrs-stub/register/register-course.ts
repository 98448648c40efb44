/**
 * What the register needs to know about the course: its id, version and activity IRIs (to
 * recognise a pass among the statements), its pass mark (the default pass grade of a Moodle
 * import), and its title and description in each language (the certificate and the
 * credential's achievement). Read from the authored course (course/content/course.yaml and
 * i18n/<lng>.yaml), validated with zod, so the register follows the course without a second
 * copy of its facts.
 *
 * Statements do not carry the course version (xapi-mapping.ts sends none, and activity IRIs
 * deliberately leave it out), so every certificate gets the version configured here: the
 * course.yaml version unless REGISTER_COURSE_VERSION / the `courseVersion` option overrides it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { type RegisterLanguage, REGISTER_LANGUAGES, registerLanguageOf } from './register-language.ts';

const TextsSchema = z.object({ title: z.string().min(1), description: z.string().min(1) });

export const RegisterCourseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.string().min(1),
  baseIri: z.url(),
  sourceLocale: z.enum(REGISTER_LANGUAGES),
  /** Percentage of the course score needed to pass. */
  passMark: z.number().min(0).max(100),
  texts: z.partialRecord(z.enum(REGISTER_LANGUAGES), TextsSchema),
});
export type RegisterCourse = z.infer<typeof RegisterCourseSchema>;

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../course/content/', import.meta.url));

const CourseYamlSchema = z.object({
  id: z.string(),
  version: z.string(),
  baseIri: z.string(),
  title: z.string(),
  description: z.string(),
  sourceLocale: z.enum(REGISTER_LANGUAGES).default('en'),
  locales: z.array(z.string()),
  mastery: z.object({ passMark: z.number() }),
});

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as YAML (${(error as Error).message}); the register reads the course from it`);
  }
}

/** The course as the register sees it, from the authored content folder. */
export function loadRegisterCourse(contentDir = DEFAULT_CONTENT_DIR): RegisterCourse {
  const file = `${contentDir.replace(/\/+$/, '')}/course.yaml`;
  const parsed = CourseYamlSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const course = parsed.data;
  const texts: RegisterCourse['texts'] = { [course.sourceLocale]: { title: course.title, description: course.description } };
  for (const locale of course.locales) {
    const language = registerLanguageOf(locale);
    if (!language || language === course.sourceLocale) continue;
    const translated = TextsSchema.safeParse(readYaml(`${contentDir.replace(/\/+$/, '')}/i18n/${locale}.yaml`));
    if (translated.success) texts[language] = translated.data;
  }
  return RegisterCourseSchema.parse({ id: course.id, version: course.version, baseIri: course.baseIri, sourceLocale: course.sourceLocale, passMark: course.mastery.passMark, texts });
}

/** The course's title and description in the language of a certificate, or in the source language. */
export function courseTexts(course: RegisterCourse, language: string): { language: RegisterLanguage; title: string; description: string } {
  const wanted = registerLanguageOf(language);
  const chosen = wanted && course.texts[wanted] ? wanted : course.sourceLocale;
  const texts = course.texts[chosen] ?? Object.values(course.texts)[0];
  if (!texts) throw new Error(`course ${course.id}: has no title in any language`);
  return { language: chosen, ...texts };
}

/**
 * The activity ids a course pass can be about: the course IRI (xAPI packages, unless the LMS
 * gave its own activity_id) and the whole-course cmi5 AU, which an LMS names as publisher id in
 * the grouping of every cmi5 statement (build/targets/activity-iri.ts).
 */
export function courseActivityIds(course: RegisterCourse): string[] {
  const base = course.baseIri.replace(/\/+$/, '');
  return [base, `${base}/au`];
}

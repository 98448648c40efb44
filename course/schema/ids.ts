/**
 * Identifiers. Content ids end up in LMS tracking data (SCORM interaction ids, xAPI activity
 * IRIs, resume state), so they are kebab-case ASCII and must never change once published.
 */
import { z } from 'zod';
import { isCourseLocale } from './locale-tag.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, kebab-case identifier, at most 64 characters (SCORM 1.2 interaction ids are short). */
export const IdSchema = z
  .string()
  .max(64, { message: 'is longer than 64 characters' })
  .regex(ID_PATTERN, { message: 'is not kebab-case (lower-case letters, digits and single hyphens)' });
export type Id = z.infer<typeof IdSchema>;

/** Text an author writes and a translator translates. Never empty. */
export const TextSchema = z.string().trim().min(1, { message: 'is empty' });

/**
 * A course locale: any well-formed BCP 47 tag (locale-tag.ts). Which locales a course has is
 * data (`locales` in course.yaml), not a list in code.
 */
export const LocaleSchema = z.string().refine(isCourseLocale, { message: 'is not a known language tag' });
export type Locale = string;

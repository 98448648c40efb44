/**
 * Identifiers. Content ids end up in LMS tracking data (SCORM interaction ids, xAPI activity
 * IRIs, resume state), so they are kebab-case ASCII and must never change once published.
 */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, kebab-case identifier, at most 64 characters (SCORM 1.2 interaction ids are short). */
export const IdSchema = z
  .string()
  .max(64, { message: 'is longer than 64 characters' })
  .regex(ID_PATTERN, { message: 'is not kebab-case (lower-case letters, digits and single hyphens)' });
export type Id = z.infer<typeof IdSchema>;

/** Text an author writes and a translator translates. Never empty. */
export const TextSchema = z.string().trim().min(1, { message: 'is empty' });

export const LocaleSchema = z.enum(['en', 'nl', 'nb']);
export type Locale = z.infer<typeof LocaleSchema>;

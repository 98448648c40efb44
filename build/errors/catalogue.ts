/**
 * The error catalogue: every problem the loader and the resume budget check can report, by
 * stable name. Names never change once released (people search for them); wording may
 * improve, and tests pin it.
 */
import { activityErrors } from './catalogue-activities.ts';
import { budgetErrors } from './catalogue-budget.ts';
import { castErrors } from './catalogue-cast.ts';
import { contentCheckErrors } from './catalogue-content-checks.ts';
import { fileErrors } from './catalogue-files.ts';
import { finalErrors } from './catalogue-final.ts';
import { mediaErrors } from './catalogue-media.ts';
import { printableErrors } from './catalogue-printables.ts';
import { schemaErrors } from './catalogue-schema.ts';
import { standardErrors } from './catalogue-standard.ts';
import { themeErrors } from './catalogue-theme.ts';
import { translationErrors } from './catalogue-translations.ts';
import type { ErrorKind } from './define-error.ts';

export const catalogue = {
  ...fileErrors,
  ...schemaErrors,
  ...activityErrors,
  ...castErrors,
  ...finalErrors,
  ...translationErrors,
  ...mediaErrors,
  ...themeErrors,
  ...printableErrors,
  ...budgetErrors,
  ...contentCheckErrors,
  ...standardErrors,
};

export type ErrorName = keyof typeof catalogue;
export type ErrorParams<N extends ErrorName> = (typeof catalogue)[N] extends ErrorKind<infer P> ? P : never;

export const errorNames = Object.keys(catalogue) as ErrorName[];

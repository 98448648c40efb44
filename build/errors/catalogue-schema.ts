/**
 * Catalogue: a value does not fit the content model (course/schema), an id is malformed or used
 * twice, or a reference names nothing. `owner` is a described place such as
 * `choice "ask-why" in node "greet" in dialogue "first-talk"` (see build/load/describe-path.ts).
 */
import { defineError, didYouMean, listOf, sentence } from './define-error.ts';

export const schemaErrors = {
  UnknownField: defineError<{ field: string; owner: string; suggestion?: string; allowed: string[] }>({
    title: 'A field the content model does not know',
    what: (p) => `${sentence(p.owner)} has a field \`${p.field}\` that is not allowed here.${didYouMean(p.suggestion)}`,
    why: 'an unknown field is never read, so what it holds would silently be missing for the learner.',
    fix: (p) =>
      p.suggestion
        ? `rename it to \`${p.suggestion}\`.`
        : `remove it, or use one of the fields allowed here: ${listOf(p.allowed, 20)}.`,
  }),

  MissingField: defineError<{ field: string; owner: string; expected: string }>({
    title: 'A required field is missing',
    what: (p) => `${sentence(p.owner)} has no \`${p.field}\`, which is required.`,
    why: 'the player needs it to show this part of the course, so the course cannot be built without it.',
    fix: (p) => `add \`${p.field}:\` with ${p.expected}.`,
  }),

  /** `subject` is "`score` in choice "x" in …" for a field, "objective 2 in the module" for a list entry. */
  /** `why` replaces the general reason where a rule has a sharper one (`baseIri`). */
  InvalidValue: defineError<{ subject: string; problem: string; suggestion?: string; advice: string; why?: string }>({
    title: 'A value the content model does not accept',
    what: (p) => `${sentence(p.subject)} ${p.problem}.${didYouMean(p.suggestion, '"')}`,
    why: (p) => p.why ?? 'the player cannot show a value it does not understand, so the course cannot be built with it.',
    fix: (p) => (p.suggestion ? `change it to "${p.suggestion}".` : p.advice),
  }),

  InvalidId: defineError<{ field: string; owner: string; value: string; problem: string; suggestion?: string }>({
    title: 'An id that is not kebab-case',
    what: (p) => `\`${p.field}: ${p.value}\` in ${p.owner} ${p.problem}.`,
    why: 'ids are written into LMS tracking data (SCORM interaction ids, xAPI activity IRIs, saved progress); only short kebab-case ids work in every LMS, and they must never change once published.',
    fix: (p) =>
      p.suggestion
        ? `use "${p.suggestion}" instead.`
        : 'use lower-case letters a-z and digits in words joined by single hyphens, at most 64 characters, like "first-task".',
  }),

  LabelTooLong: defineError<{ label: string; limit: number; length: number }>({
    title: 'A short label is too long',
    what: (p) => `${sentence(p.label)} is ${p.length} characters long; the limit is ${p.limit}.`,
    why: 'labels are read on phones: a long title or choice wraps over many lines and pushes the rest off the screen, and LMSs cut long titles.',
    fix: (p) => `shorten it by at least ${p.length - p.limit} characters; longer explanations belong in feedback or on a page.`,
  }),

  DuplicateId: defineError<{ id: string; kind: string; scope: string; firstLine: number }>({
    title: 'An id is used twice',
    what: (p) => `${sentence(p.kind)} id "${p.id}" is used twice in ${p.scope} (first on line ${p.firstLine}).`,
    why: 'choices, progress and tracking refer to things by id, so the second one with the same id would be unreachable or would overwrite the first in a learner\'s record.',
    fix: () => 'rename one of them; if the first is already published, rename this one, because published ids must not change.',
  }),

  UnknownCompetence: defineError<{ competence: string; objective: string; known: string[]; suggestion?: string }>({
    title: 'An objective names a competence that does not exist',
    what: (p) => `Objective "${p.objective}" names competence "${p.competence}", which is not defined in course.yaml.${didYouMean(p.suggestion, '"')}`,
    why: 'certificates and facilitator reports group objectives by competence; an unknown competence shows up nowhere.',
    fix: (p) => `use one of the competences in course.yaml (${listOf(p.known)}), or add "${p.competence}" under \`competences\` there.`,
  }),
};

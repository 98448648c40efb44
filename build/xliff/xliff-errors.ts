/**
 * The problems `workmentor xliff import` can find in an XLIFF file, in the shape of the
 * loader's catalogue (build/errors/): a stable name, what is wrong (the unit and the course file
 * and key it maps to), why it matters and what to do. They are rendered by the same formatter,
 * so a translator reads them like build errors. Kept here rather than in the shared catalogue:
 * they are about an exchange file, not about authored content.
 */
import { errorFromKind, type ContentError, type Location } from '../errors/content-error.ts';
import { defineError, didYouMean, excerpt, listOf, type ErrorKind } from '../errors/define-error.ts';

/** "unit `title` (modules/feedback/i18n/nl.yaml, key `title`)": every unit message names both sides. */
interface UnitParams {
  unit: string;
  /** Where the unit's translation goes in the course: `file, key …` or a Markdown file. */
  place: string;
}

const unitIs = (p: UnitParams): string => `Unit "${p.unit}" (${p.place})`;

export const xliffErrors = {
  XliffUnreadable: defineError<{ file: string; message: string }>({
    title: 'A file that is not readable XLIFF',
    what: (p) => `${p.file} cannot be read as XLIFF: ${p.message}`,
    why: 'without its units nothing can be checked or imported.',
    fix: () => 'export the translation from your CAT tool again as XLIFF 2.0 or 1.2, or correct the XML at this place.',
  }),

  XliffLanguageNotInCourse: defineError<{ language: string; locales: string[]; source: string }>({
    title: 'A target language the course does not have',
    what: (p) =>
      p.language === ''
        ? 'The XLIFF file names no target language (trgLang in 2.0, target-language in 1.2).'
        : p.language === p.source
          ? `The target language "${p.language}" is the course's source language.`
          : `The target language "${p.language}" is not one of the course's locales (${listOf(p.locales)}).`,
    why: 'the translation would go to files no build reads, or overwrite the English.',
    fix: (p) =>
      `export with \`workmentor xliff export --locale <locale>\` for one of ${listOf(p.locales.filter((l) => l !== p.source))}; for a new language, add it to \`locales\` in course.yaml first (docs/content-guide.md, "Adding a language").`,
  }),

  XliffSourceLanguage: defineError<{ language: string; source: string }>({
    title: 'A source language that is not the course source',
    what: (p) => `The XLIFF source language is "${p.language}", but the course is written in "${p.source}".`,
    why: 'the units would be compared with texts in another language, and every check would be wrong.',
    fix: () => 'translate from an XLIFF file exported by `workmentor xliff export`, which names the right source language.',
  }),

  XliffFileUnknown: defineError<{ id: string; known: string[]; suggestion?: string }>({
    title: 'An XLIFF <file> that is not part of the course',
    what: (p) => `<file> "${p.id}" is not the course or one of its modules.${didYouMean(p.suggestion, '"')}`,
    why: 'its units have nowhere to go: usually the module was renamed or removed since the export.',
    fix: (p) => `export again; files are "course" and "module.<module-id>" (${listOf(p.known, 5)}).`,
  }),

  XliffUnitUnknown: defineError<{ unit: string; file: string; suggestion?: string }>({
    title: 'A unit for text that does not exist',
    what: (p) => `Unit "${p.unit}" in <file> "${p.file}" is not a text of the English source.${didYouMean(p.suggestion, '"')}`,
    why: 'its translation would never be used; usually an id was renamed in module.yaml since the export, or a tool changed the unit id.',
    fix: (p) => (p.suggestion ? `if it is the same text, change the unit id to "${p.suggestion}"; otherwise export again.` : 'export again and carry the translation over to the new unit.'),
  }),

  XliffTargetMissing: defineError<UnitParams>({
    title: 'A unit without a translation',
    severity: 'warning',
    what: (p) => `${unitIs(p)} has no target, so it is not imported.`,
    why: 'an empty translation would show learners a blank text; the course file keeps what it has.',
    fix: () => 'translate the unit and import again; `workmentor xliff report` lists what is still missing.',
  }),

  XliffTargetNotText: defineError<UnitParams & { reason: string }>({
    title: 'A target that is not plain text',
    what: (p) => `${unitIs(p)}: ${p.reason}`,
    why: 'course texts are plain text or Markdown; inline codes and split segments cannot be mapped back to them.',
    fix: () => 'remove the inline codes (write Markdown as plain characters) and join the segments into one, then export the XLIFF again from your tool.',
  }),

  XliffTargetTooLong: defineError<UnitParams & { limit: number; length: number; answer?: string }>({
    title: 'A translation over its length limit',
    what: (p) =>
      p.answer === undefined
        ? `${unitIs(p)} is ${p.length} characters long; at most ${p.limit} fit.`
        : `${unitIs(p)}: the answer "${excerpt(p.answer)}" is ${p.length} characters long; a learner can type at most ${p.limit}.`,
    why: 'short labels are read on phones and copied into LMS titles; the build refuses longer ones.',
    fix: (p) => (p.answer === undefined ? `shorten it by at least ${p.length - p.limit} characters.` : 'shorten the answer, or drop it from the list.'),
  }),

  XliffTargetShape: defineError<UnitParams & { differences: string[] }>({
    title: 'A translation that changes placeholders, links or images',
    what: (p) => `${unitIs(p)} does not keep what must stay as in English: ${p.differences.join('; ')}.`,
    why: 'a placeholder is filled in by the player, and link targets and image paths point at files and templates: changed, they show raw braces, broken links or missing pictures.',
    fix: () => 'copy placeholders ({{…}}), link targets (the part in round brackets) and image paths from the source exactly; translate only the text around them, link texts and alt texts.',
  }),

  XliffStructureChanged: defineError<UnitParams & { differences: string[] }>({
    title: 'A page whose structure differs from English',
    severity: 'warning',
    what: (p) => `${unitIs(p)} is structured differently from English: ${p.differences.join('; ')}.`,
    why: 'often a CAT tool merged list items or dropped a "#"; a translation adapted to the country may do it on purpose (the course\'s own pages do).',
    fix: () => 'check the page in the preview (`npm start`); if the difference is not intended, restore the headings and list items as in the source.',
  }),

  XliffSourceChanged: defineError<UnitParams & { then: string; now: string }>({
    title: 'A unit whose English changed since the export',
    severity: 'warning',
    what: (p) => `${unitIs(p)} was translated from "${excerpt(p.then)}", but the English now reads "${excerpt(p.now)}". It is imported.`,
    why: 'the translation may no longer say what the English says.',
    fix: () => 'check the translation against the current English, or export again and have the unit translated anew.',
  }),
};

export type XliffErrorName = keyof typeof xliffErrors;
type Params<N extends XliffErrorName> = (typeof xliffErrors)[N] extends ErrorKind<infer P> ? P : never;

export function xliffError<N extends XliffErrorName>(name: N, params: Params<N>, at: Location): ContentError {
  return errorFromKind(name, xliffErrors[name] as unknown as ErrorKind<Params<N>>, params, at);
}

/**
 * Catalogue: the practical tools around the course. Printable templates (`templates/<id>.md`,
 * linked from pages as `template:<id>`) and the facilitator notes' session plan and sources,
 * which a trainer reads in the facilitator guide.
 */
import { defineError, didYouMean, excerpt, listOf } from './define-error.ts';

export const printableErrors = {
  TemplateUnknown: defineError<{ id: string; known: string[]; suggestion?: string }>({
    title: 'A link to a template that does not exist',
    what: (p) => `This link leads to template "${p.id}", but there is no templates/${p.id}.md.${didYouMean(p.suggestion, '"')}`,
    why: 'a mentor who follows the link would find no form to print.',
    fix: (p) =>
      p.known.length > 0
        ? `link to one of the course's templates as [the training plan](template:<id>), with <id> one of: ${listOf(p.known)}; or write templates/${p.id}.md (and its translations).`
        : `write the template as templates/${p.id}.md in the course folder (and its translations), or remove the link.`,
  }),

  TranslatedTemplateMissing: defineError<{ template: string; locale: string; file: string; linkedFrom: string[] }>({
    title: 'A template that is not translated',
    what: (p) =>
      `Template "${p.template}" has no "${p.locale}" translation: ${p.file} does not exist.` +
      (p.linkedFrom.length > 0 ? ` It is linked from ${listOf(p.linkedFrom, 3)}.` : ''),
    why: 'every package and every facilitator guide carries each template in each of its languages; mentors in this language would get a broken link or no form to print.',
    fix: (p) => `copy templates/${p.template}.md to ${p.file} and translate it, keeping the tables and empty cells as they are.`,
  }),

  TemplateEmpty: defineError<{ file: string; titleOnly: boolean }>({
    title: 'An empty template',
    what: (p) => (p.titleOnly ? `${p.file} has a title and nothing below it.` : `${p.file} is empty.`),
    why: 'mentors would print a blank page with only a title on it.',
    fix: () => 'write the template (a title, a line on how to use it, and the tables to fill in), or delete the file and every link to it.',
  }),

  TemplateTitleMissing: defineError<{ file: string; found: string }>({
    title: 'A template that does not start with its title',
    what: (p) => `${p.file} starts with "${excerpt(p.found)}" instead of a heading with the template's title.`,
    why: 'the title heads the printed form and names it in the browser tab and the facilitator guide; without it the form has no name.',
    fix: () => 'make the first line the title as a Markdown heading, for example: # Training plan',
  }),

  TemplateImageNotAllowed: defineError<{ src: string }>({
    title: 'An image in a template',
    what: (p) => `The image ${p.src} cannot be shown in a template.`,
    why: 'templates are printed forms that ship without media files: the image would be missing on paper and in the package.',
    fix: () => 'remove the image; describe in words what the mentor should fill in or look at.',
  }),

  SessionPlanMinutesMismatch: defineError<{ sum: number; minutes: number; steps: number }>({
    title: 'A session plan that does not fill the session',
    what: (p) => `The ${p.steps} steps of the session plan add up to ${p.sum} minutes, but the session lasts ${p.minutes} minutes (\`facilitator.minutes\`).`,
    why: 'a trainer plans the day from the guide\'s timetable; a plan that runs short or long would leave the group waiting or cut the last step.',
    fix: (p) =>
      p.sum > p.minutes
        ? `shorten steps by ${p.sum - p.minutes} minutes in all, or set \`minutes: ${p.sum}\`.`
        : `lengthen steps or add one, ${p.minutes - p.sum} minutes in all, or set \`minutes: ${p.sum}\`.`,
  }),

  SourceUrlInvalid: defineError<{ url: string; problem: string }>({
    title: 'A source whose address is not a web address',
    what: (p) => `The source address "${excerpt(p.url)}" ${p.problem}.`,
    why: 'the facilitator guide links every source so a trainer can check the facts; only a public web page opens for everyone who reads the guide.',
    fix: () => 'copy the full address from the browser\'s address bar, starting with https:// (or http://).',
  }),
};

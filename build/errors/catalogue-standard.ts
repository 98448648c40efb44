/**
 * Catalogue: the course standard (`standard:` in course.yaml, course/schema/standard.ts; checked
 * by build/steps/check-standard.ts). The build holds every course to the content model; the
 * standard is the course's own, stricter bar. Each message names the figure, the number the
 * standard asks for and the rule to change if the course means to differ, since a school may set
 * its own numbers. Whether a miss is an error or a warning is the rule's `level`, not the entry's.
 */
import { defineError, listOf } from './define-error.ts';

/** Where the rule lives, for the last sentence of every fix. */
const orRule = (rule: string): string => `or, if this course means to differ, change \`standard.${rule}\` in course.yaml.`;
const language = (locale: string): string => ({ en: 'English', nl: 'Dutch', nb: 'Norwegian' } as Record<string, string>)[locale] ?? `"${locale}"`;

export const standardErrors = {
  StandardActivityCount: defineError<{ module: string; type: string; count: number; min: number; max?: number }>({
    title: 'A module with too few or too many activities of one type',
    what: (p) =>
      `Module "${p.module}" has ${p.count} ${p.type} ${p.count === 1 ? 'activity' : 'activities'}; the course standard asks for ${p.max === undefined ? `at least ${p.min}` : p.min === p.max ? `${p.min}` : `${p.min} to ${p.max}`}.`,
    why: 'every module of the course is built the same way (read, practise in a dialogue and an exercise, check, reflect), so learners and trainers know what a module asks of them.',
    fix: (p) => {
      const few = p.count < p.min;
      const by = few ? p.min - p.count : p.count - (p.max ?? p.count);
      return `${few ? 'add' : 'merge or remove'} ${by} ${p.type} ${by === 1 ? 'activity' : 'activities'}, ${orRule('activities')}`;
    },
  }),

  StandardDialogueTooShallow: defineError<{ dialogue: string; path: 'longest' | 'every'; decisions: number; needed: number }>({
    title: 'A dialogue with too few decision points',
    what: (p) =>
      p.path === 'longest'
        ? `Dialogue "${p.dialogue}" has ${p.decisions} decision ${p.decisions === 1 ? 'point' : 'points'} on its longest path; the course standard asks for at least ${p.needed}.`
        : `Dialogue "${p.dialogue}" has a path with only ${p.decisions} decision ${p.decisions === 1 ? 'point' : 'points'}; the course standard asks for at least ${p.needed} on every path.`,
    why: 'a mentoring conversation turns on several moments; a dialogue decided in one or two choices trains a reflex, not a conversation.',
    fix: (p) => `add a decision point (a node with choices) before the ending of the ${p.path === 'longest' ? 'longest' : 'shortest'} path, ${orRule('dialogues')}`,
  }),

  StandardDialogueEndings: defineError<{ dialogue: string; endings: number; needed: number; missing: string[] }>({
    title: 'A dialogue with too few endings, or without a kind of ending',
    what: (p) =>
      p.missing.length > 0
        ? `Dialogue "${p.dialogue}" has no ${listOf(p.missing.map((o) => `${o}`))} ending; the course standard asks for ${p.needed} or more endings that include every outcome.`
        : `Dialogue "${p.dialogue}" has ${p.endings} ${p.endings === 1 ? 'ending' : 'endings'}; the course standard asks for at least ${p.needed}.`,
    why: 'learners replay a dialogue to see where other choices lead; with few endings, or only good and bad ones, there is little to find and no story of a repair.',
    fix: (p) => `${p.missing.length > 0 ? `add an ending with \`outcome: ${p.missing[0]}\`` : 'add an ending'} that one of the choices leads to, ${orRule('dialogues')}`,
  }),

  StandardDebriefShort: defineError<{ dialogue: string; node: string; locale: string; length: number; needed: number }>({
    title: 'An ending whose debrief is too short to teach',
    what: (p) =>
      `The ${language(p.locale)} debrief of ending "${p.node}" in dialogue "${p.dialogue}" has ${p.length} characters; the course standard asks for at least ${p.needed}.`,
    why: 'the debrief is where the dialogue teaches: what happened, why, and what would have worked.',
    fix: (p) => `write what happened and what to take from it, ${orRule('dialogues')}`,
  }),

  StandardQuizTooSmall: defineError<{ quiz: string; items: number; kinds: string[]; neededItems: number; neededKinds: number }>({
    title: 'A module quiz with too few items or kinds of item',
    what: (p) =>
      `Quiz "${p.quiz}" has ${p.items} ${p.items === 1 ? 'item' : 'items'} of ${p.kinds.length} ${p.kinds.length === 1 ? 'kind' : 'kinds'} (${listOf(p.kinds)}); the course standard asks for at least ${p.neededItems} items of ${p.neededKinds} kinds.`,
    why: 'a handful of items of one kind checks recall of a few facts; more items of several kinds check the whole module.',
    fix: (p) =>
      `${p.items < p.neededItems ? `add ${p.neededItems - p.items} ${p.neededItems - p.items === 1 ? 'item' : 'items'}` : 'rewrite some items'}${p.kinds.length < p.neededKinds ? `, ${p.neededKinds - p.kinds.length} more of another kind (single-choice, multiple-response, true-false, matching, ordering, fill-in)` : ''}, ${orRule('quizzes')}`,
  }),

  StandardReadingLevel: defineError<{ module: string; locale: string; lix: number; max: number }>({
    title: "A module's pages read too hard",
    what: (p) => `The ${language(p.locale)} pages of module "${p.module}" read at LIX ${p.lix}; the course standard asks for ${p.max} or below.`,
    why: 'mentors read on a phone, between tasks, and not always in their first language; long sentences and long words lose them.',
    fix: (p) => `shorten sentences (one idea each) and prefer short, common words in the module's ${language(p.locale)} pages (\`npm run content:report\` shows the figure per module), ${orRule('readingLevel')}`,
  }),

  StandardCastVariety: defineError<{ feature: 'skin tones' | 'ages' | 'outfits'; count: number; needed: number; people: number }>({
    title: 'A cast that looks too much alike',
    what: (p) => `The ${p.people} people in the dialogues have ${p.count} different ${p.feature}; the course standard asks for at least ${p.needed}.`,
    why: 'learners should recognise the workplaces and people they mentor: every age, background and trade, not one face repeated.',
    fix: (p) => `give some people in cast.yaml other ${p.feature === 'skin tones' ? '`skin`' : p.feature === 'ages' ? '`age`' : '`outfit`'} values, or add people, ${orRule('cast')}`,
  }),
};

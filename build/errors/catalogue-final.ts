/**
 * Catalogue: the final assessment and stratified quizzes. These rules span files: a quiz item
 * names a course module or competence, and `course.yaml` names the quiz that is the final.
 */
import { defineError, didYouMean, listOf } from './define-error.ts';

interface InItem {
  quiz: string;
  item: string;
}

/** " So do 6 more items (lines 1106, 1131, …)." for an unknown name several items share. */
const sameOn = (others: number[] | undefined): string =>
  others && others.length > 0 ? ` So ${others.length === 1 ? 'does 1 more item' : `do ${others.length} more items`} (${others.length === 1 ? 'line' : 'lines'} ${listOf(others.map(String))}).` : '';

export const finalErrors = {
  QuizItemModuleUnknown: defineError<InItem & { module: string; modules: string[]; suggestion?: string; others?: number[] }>({
    title: 'A quiz item names a module the course does not have',
    what: (p) =>
      `Item "${p.item}" in quiz "${p.quiz}" has \`module: ${p.module}\`, but the course has no module "${p.module}".${sameOn(p.others)}${didYouMean(p.suggestion, '"')}`,
    why: 'the draw takes items evenly from each module, and the summary counts them per competence: an unknown module would be a group of its own that stands for nothing the learner studied.',
    fix: (p) => `use one of the modules in course.yaml${p.others?.length ? ' in each of these items' : ''}: ${listOf(p.modules)}.`,
  }),

  QuizItemCompetenceUnknown: defineError<InItem & { competence: string; known: string[]; suggestion?: string; others?: number[] }>({
    title: 'A quiz item names a competence the course does not have',
    what: (p) =>
      `Item "${p.item}" in quiz "${p.quiz}" has \`competence: ${p.competence}\`, which is not a competence in course.yaml.${sameOn(p.others)}${didYouMean(p.suggestion, '"')}`,
    why: 'the learner\'s summary after the final assessment counts right answers per competence; this item would count towards a competence that has no name to show.',
    fix: (p) => `use one of: ${listOf(p.known)}, or leave \`competence\` out to use the first competence of the item's module.`,
  }),

  QuizItemModuleMissing: defineError<InItem>({
    title: 'A stratified quiz item without a module',
    what: (p) => `Item "${p.item}" in quiz "${p.quiz}" has no \`module\`, but the quiz has \`stratify: module\`.`,
    why: 'a stratified draw takes items evenly from each module; an item without one belongs to no group and would never be drawn in a fair share.',
    fix: () => 'add `module: <module-id>` naming the module whose content the item tests.',
  }),

  QuizDrawBelowModules: defineError<{ quiz: string; draw: number; modules: string[] }>({
    title: 'A stratified quiz draws fewer items than it has modules',
    what: (p) => `Quiz "${p.quiz}" draws ${p.draw} items with \`stratify: module\`, but its items come from ${p.modules.length} modules (${listOf(p.modules)}).`,
    why: 'every module must be represented in every attempt; with fewer items than modules some module would be left out.',
    fix: (p) => `set \`draw\` to at least ${p.modules.length} (a multiple of ${p.modules.length} keeps the modules balanced), or remove \`stratify\`.`,
  }),

  FinalAssessmentNotFound: defineError<{ activity: string; candidates: string[]; suggestion?: string }>({
    title: 'The final assessment names an activity that does not exist',
    what: (p) => `\`finalAssessment.activity\` is "${p.activity}", but no module in course.yaml has that activity.${didYouMean(p.suggestion, '"')}`,
    why: 'the attempts policy and the opening rule would apply to nothing, and the real final assessment would be an ordinary quiz.',
    fix: (p) => `write it as <module-id>/<activity-id>; the course's quizzes are: ${listOf(p.candidates)}.`,
  }),

  FinalAssessmentNotAQuiz: defineError<{ activity: string; type: string }>({
    title: 'The final assessment is not a quiz',
    what: (p) => `\`finalAssessment.activity\` is "${p.activity}", which is a ${p.type}, not a quiz.`,
    why: 'attempts, a wait between rounds and a summary per competence only mean something for a quiz.',
    fix: () => 'point it at the quiz that decides the certificate, as <module-id>/<activity-id>.',
  }),

  FinalAssessmentQuizAttempts: defineError<{ activity: string; attempts: number }>({
    title: 'The final assessment\'s quiz sets its own attempts',
    what: (p) => `The quiz "${p.activity}" has \`attempts: ${p.attempts}\`, but it is the final assessment, whose attempts \`finalAssessment.attempts\` in course.yaml decides.`,
    why: 'two limits on one quiz would contradict each other: the learner would be told one number and held to another.',
    fix: (p) => `remove \`attempts\` from the quiz, and set \`finalAssessment.attempts: ${p.attempts}\` in course.yaml if that is the limit you meant.`,
  }),
};

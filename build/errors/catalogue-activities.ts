/** Catalogue: rules that span fields inside one activity (dialogue graph, quiz, exercise, page). */
import { defineError, didYouMean, excerpt, listOf } from './define-error.ts';

interface InDialogue {
  dialogue: string;
}

export const activityErrors = {
  DialogueStartMissing: defineError<InDialogue & { start: string; nodes: string[] }>({
    title: 'A dialogue starts at a node that does not exist',
    what: (p) => `Dialogue "${p.dialogue}" starts at node "${p.start}", which does not exist.`,
    why: 'the learner would open the dialogue and see nothing at all.',
    fix: (p) => `set \`start\` to the id of the first node, one of: ${listOf(p.nodes)}.`,
  }),

  DialogueTargetMissing: defineError<InDialogue & { choice: string; target: string; nodes: string[]; suggestion?: string }>({
    title: 'A choice leads to a node that does not exist',
    what: (p) => `Choice "${p.choice}" in dialogue "${p.dialogue}" leads to node "${p.target}", which does not exist.${didYouMean(p.suggestion, '"')}`,
    why: 'a learner who picks this choice would be stuck with nothing to read.',
    fix: (p) => `add a node with id "${p.target}", or point \`next\` at one of: ${listOf(p.nodes)}.`,
  }),

  DialogueNodeUnreachable: defineError<InDialogue & { node: string }>({
    title: 'A dialogue node no path leads to',
    what: (p) => `Node "${p.node}" in dialogue "${p.dialogue}" cannot be reached: no choice on any path from the start leads to it.`,
    why: 'no learner will ever read it, and its score still counts towards the best possible score if it holds choices.',
    fix: (p) => `point a choice's \`next\` at "${p.node}", or remove the node.`,
  }),

  DialogueLoop: defineError<InDialogue & { cycle: string[] }>({
    title: 'A dialogue goes round in a circle',
    what: (p) => `Dialogue "${p.dialogue}" loops: ${p.cycle.join(' → ')}.`,
    why: 'a learner could go round forever without reaching an ending, and the score of a path would have no maximum.',
    fix: (p) => `make the last step of the loop lead forward instead of back to "${p.cycle[0] ?? ''}"; to let the learner retry, add a new node with the same lines.`,
  }),

  DialogueDeadEnd: defineError<InDialogue & { node: string }>({
    title: 'A dialogue node with neither choices nor an ending',
    what: (p) => `Node "${p.node}" in dialogue "${p.dialogue}" has no choices and no \`ending\`.`,
    why: 'a learner who arrives here would have nothing to click and would never get the debrief or a score.',
    fix: () => 'give it at least two `choices`, or an `ending` with an outcome, a title and a debrief.',
  }),

  DialogueEndingWithChoices: defineError<InDialogue & { node: string }>({
    title: 'A dialogue node that is both an ending and a choice',
    what: (p) => `Node "${p.node}" in dialogue "${p.dialogue}" has both \`choices\` and an \`ending\`.`,
    why: 'the player cannot tell whether the conversation is over here, so learners would see different things in different LMS players.',
    fix: () => 'remove the `ending` to keep the conversation going, or remove the `choices` to end it here.',
  }),

  DialogueTooFewChoices: defineError<InDialogue & { node: string }>({
    title: 'A decision point with one choice',
    what: (p) => `Node "${p.node}" in dialogue "${p.dialogue}" offers only one choice.`,
    why: 'a single choice is not a decision: the learner practises nothing, yet it counts as a scored step.',
    fix: () => 'add at least one more choice (a weaker or a stronger way to respond), or merge the line into the next node.',
  }),

  DialogueSpeakerUnknown: defineError<InDialogue & { speaker: string; node: string; cast: string[]; suggestion?: string }>({
    title: 'A line spoken by someone not in the cast',
    what: (p) => `A line in node "${p.node}" of dialogue "${p.dialogue}" is spoken by "${p.speaker}", who is not in the cast.${didYouMean(p.suggestion, '"')}`,
    why: 'the player shows each line with the speaker\'s name and role; a learner would not know who is talking.',
    fix: (p) => `use one of the cast ids (${listOf(p.cast)}), or add "${p.speaker}" to \`cast\`.`,
  }),

  DialoguePlayerNotInCast: defineError<InDialogue & { player: string; cast: string[] }>({
    title: 'The learner\'s character is not in the cast',
    what: (p) => `Dialogue "${p.dialogue}" has \`player: ${p.player}\`, but the cast has no "${p.player}".`,
    why: 'the learner plays this character; the player could not say whose choices these are.',
    fix: (p) => `set \`player\` to one of: ${listOf(p.cast)}, or add "${p.player}" to the cast.`,
  }),

  DialoguePlayerSpeaks: defineError<InDialogue & { node: string; player: string }>({
    title: 'The learner\'s character has scripted lines',
    what: (p) => `Node "${p.node}" in dialogue "${p.dialogue}" gives a line to "${p.player}", the character the learner plays.`,
    why: 'the learner speaks only through their choices; a scripted line would put words in their mouth that they did not pick.',
    fix: () => 'move the words into the text of the choice that leads here, or give the line to another cast member.',
  }),

  QuizCorrectOptionMissing: defineError<{ quiz: string; item: string; correct: string; options: string[] }>({
    title: 'A correct answer that is not an option',
    what: (p) => `Item "${p.item}" in quiz "${p.quiz}" marks "${p.correct}" as correct, but it has no option with that id.`,
    why: 'no learner could ever answer this item correctly, so the quiz could become impossible to pass.',
    fix: (p) => `use the id of an option (${listOf(p.options)}), or add an option with id "${p.correct}".`,
  }),

  QuizDrawTooLarge: defineError<{ quiz: string; draw: number; pool: number }>({
    title: 'A quiz draws more items than it has',
    what: (p) => `Quiz "${p.quiz}" draws ${p.draw} items per attempt, but has only ${p.pool}.`,
    why: 'the learner would get fewer items than the pass mark was set for, and the score would be computed over items that do not exist.',
    fix: (p) => `set \`draw\` to ${p.pool} or less, or add ${p.draw - p.pool} more item(s).`,
  }),

  QuizDrawWithoutShuffle: defineError<{ quiz: string }>({
    title: 'A quiz draws items but does not shuffle',
    what: (p) => `Quiz "${p.quiz}" has \`draw\` but \`shuffle: false\`.`,
    why: 'drawing a few items is meant to make each attempt different; without shuffling, retries show the drawn items in a fixed, guessable order and options in the same place.',
    fix: () => 'remove `shuffle: false` (shuffling is the default), or remove `draw` to always show every item in the authored order.',
  }),

  QuizAnswerTooLong: defineError<{ quiz: string; item: string; answer: string; maxLength: number }>({
    title: 'An accepted answer longer than the answer field',
    what: (p) => `Item "${p.item}" in quiz "${p.quiz}" accepts "${excerpt(p.answer)}" (${p.answer.length} characters), but the answer field takes at most ${p.maxLength}.`,
    why: 'a learner could never type this answer in full, so it can never be matched.',
    fix: (p) => `raise \`maxLength\` to at least ${p.answer.length}, or shorten the accepted answer.`,
  }),

  ExerciseHasNoTask: defineError<{ exercise: string }>({
    title: 'A feedback exercise with nothing to do',
    what: (p) => `Feedback exercise "${p.exercise}" has neither \`write\` nor \`sort\`.`,
    why: 'the learner would read the situation and the work sample, then have nothing to practise before the model answer.',
    fix: () => 'add a `write` task (the learner writes feedback), a `sort` task (the learner sorts given feedback), or both.',
  }),

  SortCategoryMissing: defineError<{ exercise: string; statement: string; category: string; categories: string[]; suggestion?: string }>({
    title: 'A statement sorted into a category that does not exist',
    what: (p) => `Statement "${p.statement}" in feedback exercise "${p.exercise}" belongs in category "${p.category}", which does not exist.${didYouMean(p.suggestion, '"')}`,
    why: 'whatever the learner does, this statement would be marked wrong.',
    fix: (p) => `use one of the category ids: ${listOf(p.categories)}.`,
  }),
};

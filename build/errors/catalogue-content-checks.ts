/**
 * Catalogue: the content checks that keep a course free of test-wise shortcuts (build/steps/
 * check-content.ts; the limits and why they sit there: build/content/content-thresholds.ts).
 * Unlike the loader's errors these judge whole modules and quizzes, so a message names the
 * figure, the limit, and the places to change, each with its line, in the language concerned;
 * the error itself points at the first of them.
 */
import { defineError, listOf } from './define-error.ts';

/** A few places to change, e.g. `node "tray" (line 52)`, from the step that read the files. */
interface Places {
  places: string[];
}

interface InLanguage {
  /** The language of the text judged, e.g. `en`. */
  locale: string;
}

const percent = (part: number, whole: number): string => `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
const language = (locale: string): string => ({ en: 'English', nl: 'Dutch', nb: 'Norwegian' } as Record<string, string>)[locale] ?? locale;
const chars = (n: number): string => `${Math.round(n)} characters`;
const places = (p: Places, max = 8): string => listOf(p.places, max);

export const contentCheckErrors = {
  DialogueTooFewThreeWayPoints: defineError<Places & { module: string; points: number; threeWay: number; needed: number }>({
    title: 'Too few decision points with three or more choices',
    what: (p) =>
      `Module "${p.module}" offers three or more choices at ${p.threeWay} of its ${p.points} decision points (${percent(p.threeWay, p.points)}); at least ${p.needed} (75%) should.`,
    why: 'with two choices a learner who spots the weaker one is right without thinking about the situation, so the dialogue trains guessing, not mentoring.',
    fix: (p) =>
      `add a third choice at ${p.needed - p.threeWay} of these two-way points: a tempting one, something a real mentor does ("I'll just do it for you this time"), with feedback that respects the impulse: ${places(p)}.`,
  }),

  DialogueBestChoiceLongest: defineError<Places & InLanguage & { module: string; points: number; longest: number; allowed: number }>({
    title: 'The best dialogue choice is usually the longest',
    what: (p) =>
      `In the ${language(p.locale)} text of module "${p.module}", the best choice is the longest at ${p.longest} of ${p.points} decision points (${percent(p.longest, p.points)}); at most ${p.allowed} (40%) may be.`,
    why: 'learners soon notice that the longest answer is the right one and stop weighing the others.',
    fix: (p) =>
      `at ${p.longest - p.allowed} or more of these points, shorten the best choice or make a tempting one the longest (in ${language(p.locale)}): ${places(p)}.`,
  }),

  DialogueBestChoicesLonger: defineError<Places & InLanguage & { module: string; meanBest: number; meanOthers: number; ratio: number }>({
    title: 'Best dialogue choices are longer than the others on average',
    what: (p) =>
      `In the ${language(p.locale)} text of module "${p.module}", the best choices are on average ${p.ratio.toFixed(2)} times as long as the other choices (${chars(p.meanBest)} against ${chars(p.meanOthers)}); at most 1.2 times.`,
    why: 'length gives the answer away: a careful learner and a guessing one end up choosing the same way.',
    fix: (p) => `write the choices of each point about equally long; start with the points where the best choice stands out most: ${places(p)}.`,
  }),

  DialogueDecisionWithoutConsequence: defineError<{ dialogue: string; node: string; target: string }>({
    title: 'A decision point where every choice leads to the same place',
    what: (p) => `Every choice at node "${p.node}" in dialogue "${p.dialogue}" leads to node "${p.target}".`,
    why: 'whatever the learner decides, the conversation goes on the same way, so the decision teaches nothing about what it causes.',
    fix: () => 'let the weaker choices lead to a node of their own, where the other person reacts to what was said; it may rejoin later, but must show what the choice did.',
  }),

  DialoguePoorChoiceRejoins: defineError<{ dialogue: string; node: string; choice: string; target: string; best: string }>({
    title: 'A poor choice that leads where the best choice leads',
    what: (p) => `Poor choice "${p.choice}" at node "${p.node}" in dialogue "${p.dialogue}" leads straight to node "${p.target}", where the best choice "${p.best}" leads too.`,
    why: 'the learner sees no effect of the poor choice: the next line is the same as if they had chosen well.',
    fix: (p) => `point "${p.choice}" at a node where the other person reacts to it (a short node that shows the cost is enough), not at "${p.target}".`,
  }),

  DialogueCatchAllEnding: defineError<{ dialogue: string; ending: string; bestPath: string[]; poorPath: string[] }>({
    title: 'An ending reached by the best path and by a path with a poor choice',
    what: (p) =>
      `Ending "${p.ending}" in dialogue "${p.dialogue}" is reached by the best path (${p.bestPath.join(' → ')}) and also by a path with a poor choice (${p.poorPath.join(' → ')}).`,
    why: 'a learner who chose poorly reads the same debrief as one who chose best, so the ending cannot tell them what their choices did.',
    fix: () => 'give the path with the poor choice an ending of its own (a mixed ending that names what the detour cost), or lead it to an existing mixed or negative ending; a repaired conversation may end well, but not in the best ending.',
  }),

  DialogueBestPathOutscored: defineError<{ dialogue: string; bestPath: string[]; bestScore: number; maxScore: number }>({
    title: 'The best path does not earn the top score',
    severity: 'warning',
    what: (p) =>
      `In dialogue "${p.dialogue}", taking the best choice at every point (${p.bestPath.join(' → ')}) earns ${p.bestScore} points, but another path earns ${p.maxScore}.`,
    why: 'the score shown at the end is out of the top score, so a learner who chose best every time reads that they missed points, and a longer detour scores better.',
    fix: () => 'make the best path the longest (more decision points on it), or give the choices on the detours fewer points.',
  }),

  SortCategoryLengthCue: defineError<Places & InLanguage & { exercise: string; longest: string; shortest: string; longMean: number; shortMean: number; ratio: number }>({
    title: 'Sorting statements whose category shows in their length',
    what: (p) =>
      `In the ${language(p.locale)} text of feedback exercise "${p.exercise}", the statements in category "${p.longest}" are on average ${p.ratio.toFixed(2)} times as long as those in "${p.shortest}" (${chars(p.longMean)} against ${chars(p.shortMean)}); at most 1.5 times.`,
    why: 'a learner can sort the statements by their length instead of by what they say.',
    fix: (p) => `write statements of about equal length in every category: shorten the "${p.longest}" ones or make the "${p.shortest}" ones fuller (${places(p)}).`,
  }),

  QuizCorrectOptionLongest: defineError<Places & InLanguage & { quiz: string; singleChoice: number; longest: number; allowed: number }>({
    title: 'The correct quiz option is usually the longest',
    what: (p) =>
      `In the ${language(p.locale)} text of quiz "${p.quiz}", the correct option is the longest in ${p.longest} of ${p.singleChoice} single-choice items (${percent(p.longest, p.singleChoice)}); at most ${p.allowed} (40%) may be.`,
    why: 'a learner who picks the longest option scores without knowing the answer, and the score no longer says what they learned.',
    fix: (p) => `in ${p.longest - p.allowed} or more of these items, shorten the correct option or make a wrong one the longest: ${places(p)}.`,
  }),

  QuizCorrectCountFixed: defineError<Places & { quiz: string; items: number; count: number }>({
    title: 'Every multiple-response item has the same number of correct options',
    what: (p) => `All ${p.items} multiple-response items in quiz "${p.quiz}" have ${p.count} correct option${p.count === 1 ? '' : 's'}.`,
    why: (p) =>
      `a learner who notices ticks ${p.count} every time${p.count > 1 ? ' (with all but one right: every option but the shortest)' : ''} and is right far more often than their knowledge allows.`,
    fix: (p) => `vary the number of correct options (one, two, three of four or five) in some of these items: ${places(p)}.`,
  }),

  QuizAbsoluteWordCue: defineError<Places & InLanguage & { quiz: string; trueFalse: number; right: number; allowed: number; inTrue: number; inFalse: number }>({
    title: 'True/false items answered by their absolute words',
    what: (p) =>
      `In the ${language(p.locale)} text of quiz "${p.quiz}", the rule "false if it says always, never, only, … and otherwise true" answers ${p.right} of ${p.trueFalse} true/false items right (${percent(p.right, p.trueFalse)}); at most ${p.allowed} (60%) may be. Absolute words are in ${p.inFalse} false and ${p.inTrue} true statements.`,
    why: 'test-wise learners answer by the wording instead of the content, so these items measure test habits.',
    fix: (p) => `put absolute words in true statements as often as in false ones, or leave them out (build/content/absolute-words.ts lists them): ${places(p)}.`,
  }),

  FinalModuleTooFewItems: defineError<{ quiz: string; module: string; items: number; needed: number }>({
    title: 'The final assessment has too few items on a module',
    what: (p) => `The final assessment "${p.quiz}" has ${p.items} item${p.items === 1 ? '' : 's'} with \`module: ${p.module}\`; every course module needs at least ${p.needed}.`,
    why: 'each attempt draws items per module; with a small pool, a learner who retries meets the same questions and can learn the answers instead of the module.',
    fix: (p) => `add ${p.needed - p.items} new item${p.needed - p.items === 1 ? '' : 's'} on module "${p.module}" with \`module: ${p.module}\` (new questions, not a module-quiz item with other names).`,
  }),

  FinalGuessable: defineError<{ quiz: string; attempts: number; results: string[]; perAttempt: string[] }>({
    title: 'A test-wise guesser can pass the final assessment',
    what: (p) =>
      `A test-wise guesser who never read the course (longest option, all but the shortest, "false" when a statement says always or never) passes the final assessment "${p.quiz}" ${p.attempts === 0 ? 'with unlimited attempts' : `within ${p.attempts} attempt${p.attempts === 1 ? '' : 's'}`} with probability ${listOf(p.results)}; it must stay below 1%.`,
    why: 'the certificate would go to people who did not learn what it certifies.',
    fix: (p) =>
      `take away the cues it uses (see the quiz's figures in \`npm run content:report\`: one attempt passes with ${listOf(p.perAttempt)}), draw more items, or allow fewer attempts before a wait (\`finalAssessment.attempts\` in course.yaml).`,
  }),
};

/**
 * The bar the build holds content to against test-wise shortcuts, in one place. A learner (or a
 * mentor clicking through for a certificate) who never read the course must not be able to find
 * the right answer by its length, its position or its wording, and every dialogue decision must
 * matter. Each limit below says what it measures and why it sits where it does; the checks
 * (content-checks.ts) compare the figures (dialogue-figures.ts, sorting-figures.ts,
 * quiz-cues.ts, final-assessment-figures.ts) with them, and the content guide (section 5)
 * tells authors the same numbers.
 */

/**
 * Share of a module's decision points that offer at least three choices. With two choices a
 * learner who spots the obviously weak one is right half the time without thinking; a quarter of
 * the points may stay two-way where the situation really is a yes-or-no.
 */
export const MIN_SHARE_THREE_CHOICES = 0.75;

/**
 * Largest share of a module's decision points, per language, where the best choice (the highest
 * score) is strictly the longest. With three choices chance alone makes the longest the best at
 * about a third of the points; 40% leaves room for that and no more.
 */
export const MAX_SHARE_BEST_LONGEST = 0.4;

/**
 * Largest ratio, per language, of the mean length of best choices to the mean length of the
 * other choices in a module. Careful answers run a little longer in every language (qualifiers,
 * a reason); beyond a fifth longer, length becomes the cue.
 */
export const MAX_BEST_LENGTH_RATIO = 1.2;

/**
 * Largest ratio between the longest and the shortest category mean of a sorting task's
 * statements, per language. "Good" statements three to five times longer than the others gave
 * the sorting away; half as long again is the most a category may differ.
 */
export const MAX_SORT_LENGTH_RATIO = 1.5;

/** A quiz is judged on option length once it has this many single-choice items. */
export const MIN_SINGLE_CHOICE_ITEMS = 5;

/**
 * Largest share of a quiz's single-choice items, per language, whose correct option is strictly
 * the longest. With four options chance gives a quarter; 40% allows an honest long answer now
 * and then but not the habit that let a guesser pick the longest and pass.
 */
export const MAX_SHARE_CORRECT_LONGEST = 0.4;

/** A quiz is judged on its numbers of correct options once it has this many multiple-response items. */
export const MIN_MULTIPLE_RESPONSE_ITEMS = 3;

/**
 * Fewest different numbers of correct options among a quiz's multiple-response items. Always
 * three of four lets a guesser tick all but one and be right every time.
 */
export const MIN_DISTINCT_CORRECT_COUNTS = 2;

/** A quiz is judged on absolute words once it has this many true/false items. */
export const MIN_TRUE_FALSE_ITEMS = 4;

/**
 * Largest share of a quiz's true/false items, per language, that the absolute-word rule answers
 * right ("false if it says always, never, only …, else true"). Chance gives a half; above 60% the
 * wording, not the content, decides.
 */
export const MAX_SHARE_ABSOLUTE_RULE_RIGHT = 0.6;

/**
 * Fewest items per course module in the final assessment's pool. A stratified draw takes two
 * items per module per attempt; with six or more in the pool, three attempts can show a module's
 * items without repeating one, and a learner cannot learn the pool by retrying.
 */
export const MIN_FINAL_ITEMS_PER_MODULE = 6;

/**
 * The test-wise guesser (test-wise-guesser.ts) must pass the final assessment within the attempts
 * a learner has before a wait with a probability below this, in every language: a certificate
 * that one learner in a hundred gets without reading the course says nothing.
 */
export const MAX_GUESSER_PASS_PROBABILITY = 0.01;

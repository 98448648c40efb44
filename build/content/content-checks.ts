/**
 * The content checks: the cue figures of every module and language (cue-figures.ts) and of the
 * final assessment (final-assessment-figures.ts) held against the limits in
 * content-thresholds.ts. Pure: each finding names its catalogue entry
 * (build/errors/catalogue-content-checks.ts), its parameters, the language of the text judged
 * and where it is written (a Place); the build step turns places into `file:line:col`.
 *
 * Structure (choice counts, where choices lead, endings, numbers of correct options, the final's
 * pool) is the same in every language and is judged once, in the source language; lengths and
 * wording are judged in every language, since a translation can bring a cue the source does not
 * have.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { contentCheckErrors } from '../errors/catalogue-content-checks.ts';
import type { ErrorKind } from '../errors/define-error.ts';
import type { Place } from './content-place.ts';
import {
  MAX_BEST_LENGTH_RATIO,
  MAX_GUESSER_PASS_PROBABILITY,
  MAX_SHARE_ABSOLUTE_RULE_RIGHT,
  MAX_SHARE_BEST_LONGEST,
  MAX_SHARE_CORRECT_LONGEST,
  MAX_SORT_LENGTH_RATIO,
  MIN_DISTINCT_CORRECT_COUNTS,
  MIN_FINAL_ITEMS_PER_MODULE,
  MIN_MULTIPLE_RESPONSE_ITEMS,
  MIN_SHARE_THREE_CHOICES,
  MIN_SINGLE_CHOICE_ITEMS,
  MIN_TRUE_FALSE_ITEMS,
} from './content-thresholds.ts';
import { moduleCueFigures, type ModuleCueFigures } from './cue-figures.ts';
import { summariseDialogues, type DecisionPoint } from './dialogue-figures.ts';
import { finalAssessmentFigures, type FinalFigures } from './final-assessment-figures.ts';
import { distinctCorrectCounts } from './quiz-cues.ts';
import { mean } from './text-length.ts';

export type ContentCheckName = keyof typeof contentCheckErrors;
type ParamsOf<N extends ContentCheckName> = (typeof contentCheckErrors)[N] extends ErrorKind<infer P> ? P : never;

/** A place to list in the message, e.g. `"tray"`; the step adds its line. */
export interface ListedPlace {
  label: string;
  at: Place;
}

export interface Finding<N extends ContentCheckName = ContentCheckName> {
  name: N;
  /** The catalogue parameters, except `places`, which the step fills in from `places` below. */
  params: Omit<ParamsOf<N>, 'places'>;
  module: string;
  /** The language of the text judged: its place is in that language's file. */
  locale: Locale;
  at: Place;
  places?: ListedPlace[];
}

const finding = <N extends ContentCheckName>(name: N, params: Omit<ParamsOf<N>, 'places'>, where: Omit<Finding<N>, 'name' | 'params'>): Finding =>
  ({ name, params, ...where }) as unknown as Finding;

/** Ratios are judged as the report prints them, to two decimals, so "1.20" never fails "at most 1.2". */
const asPrinted = (ratio: number): number => Math.round(ratio * 100) / 100;

/** The largest whole count that stays within `share` of `total`. */
const allowedCount = (share: number, total: number): number => Math.floor(share * total + 1e-9);

/** Every finding for a course given its data in each language (the source language first). */
export function checkContent(datas: readonly CourseData[], sourceLocale: Locale): Finding[] {
  const findings: Finding[] = [];
  for (const data of datas) {
    for (const figures of moduleCueFigures(data)) {
      if (data.locale === sourceLocale) findings.push(...structureFindings(figures));
      findings.push(...languageFindings(figures));
    }
  }
  const source = datas.find((d) => d.locale === sourceLocale);
  if (source) findings.push(...finalFindings(source, datas));
  return findings;
}

const pointLabel = (p: DecisionPoint): string => `"${p.node}"`;

function structureFindings(f: ModuleCueFigures): Finding[] {
  const out: Finding[] = [];
  const { module, locale } = f;
  const points = f.dialogues.points;
  const summary = summariseDialogues(f.dialogues);
  const needed = Math.ceil(MIN_SHARE_THREE_CHOICES * summary.points - 1e-9);
  if (summary.points > 0 && summary.withThreeChoices < needed) {
    const twoWay = points.filter((p) => p.choices < 3);
    out.push(
      finding('DialogueTooFewThreeWayPoints', { module, points: summary.points, threeWay: summary.withThreeChoices, needed }, {
        module,
        locale,
        at: twoWay[0]!.at,
        places: twoWay.map((p) => ({ label: pointLabel(p), at: p.at })),
      }),
    );
  }
  for (const p of points) {
    if (!p.hasConsequence) {
      // Every choice leads where the best one does.
      out.push(finding('DialogueDecisionWithoutConsequence', { dialogue: p.dialogue, node: p.node, target: p.bestTarget }, { module, locale, at: p.at }));
    }
    for (const rejoin of p.poorRejoining) {
      out.push(
        finding('DialoguePoorChoiceRejoins', { dialogue: p.dialogue, node: p.node, choice: rejoin.choice, target: rejoin.target, best: p.best[0]! }, {
          module,
          locale,
          at: rejoin.at,
        }),
      );
    }
  }
  for (const c of f.dialogues.catchAll) {
    out.push(finding('DialogueCatchAllEnding', { dialogue: c.dialogue, ending: c.ending, bestPath: c.bestPath, poorPath: c.poorPath }, { module, locale, at: c.at }));
  }
  for (const o of f.dialogues.outscored) {
    out.push(finding('DialogueBestPathOutscored', { dialogue: o.dialogue, bestPath: o.bestPath, bestScore: o.bestPathScore, maxScore: o.maxScore }, { module, locale, at: o.at }));
  }
  for (const q of f.quizzes) {
    if (q.multipleResponse < MIN_MULTIPLE_RESPONSE_ITEMS) continue;
    const counts = distinctCorrectCounts(q);
    if (counts.length >= MIN_DISTINCT_CORRECT_COUNTS) continue;
    out.push(
      finding('QuizCorrectCountFixed', { quiz: q.quiz, items: q.multipleResponse, count: counts[0] ?? 0 }, {
        module,
        locale,
        at: q.correctCounts[0]!.at,
        places: q.correctCounts.map((c) => ({ label: `"${c.item}"`, at: c.at })),
      }),
    );
  }
  return out;
}

function languageFindings(f: ModuleCueFigures): Finding[] {
  const out: Finding[] = [];
  const { module, locale } = f;
  const points = f.dialogues.points;
  const summary = summariseDialogues(f.dialogues);
  const allowed = allowedCount(MAX_SHARE_BEST_LONGEST, summary.points);
  if (summary.bestLongest > allowed) {
    const longest = points.filter((p) => p.bestLongest);
    out.push(
      finding('DialogueBestChoiceLongest', { locale, module, points: summary.points, longest: summary.bestLongest, allowed }, {
        module,
        locale,
        at: longest[0]!.bestText,
        places: longest.map((p) => ({ label: pointLabel(p), at: p.bestText })),
      }),
    );
  }
  if (asPrinted(summary.lengthRatio) > MAX_BEST_LENGTH_RATIO) {
    const standOut = (p: DecisionPoint): number => mean(p.bestLengths) / Math.max(1, mean(p.otherLengths));
    const worst = points.filter((p) => p.otherLengths.length > 0).sort((a, b) => standOut(b) - standOut(a)).slice(0, 5);
    out.push(
      finding('DialogueBestChoicesLonger', { locale, module, meanBest: summary.meanBest, meanOthers: summary.meanOthers, ratio: summary.lengthRatio }, {
        module,
        locale,
        at: worst[0]!.bestText,
        places: worst.map((p) => ({ label: pointLabel(p), at: p.bestText })),
      }),
    );
  }
  for (const s of f.sorting) {
    if (asPrinted(s.ratio) <= MAX_SORT_LENGTH_RATIO) continue;
    const long = s.categories.find((c) => c.category === s.longest)!;
    const short = s.categories.find((c) => c.category === s.shortest)!;
    out.push(
      finding('SortCategoryLengthCue', { locale, exercise: s.exercise, longest: s.longest, shortest: s.shortest, longMean: long.meanLength, shortMean: short.meanLength, ratio: s.ratio }, {
        module,
        locale,
        at: s.at,
        places: s.longestStatements.map((x) => ({ label: `"${x.statement}"`, at: x.at })),
      }),
    );
  }
  for (const q of f.quizzes) {
    const allowedLongest = allowedCount(MAX_SHARE_CORRECT_LONGEST, q.singleChoice);
    if (q.singleChoice >= MIN_SINGLE_CHOICE_ITEMS && q.correctLongest.length > allowedLongest) {
      out.push(
        finding('QuizCorrectOptionLongest', { locale, quiz: q.quiz, singleChoice: q.singleChoice, longest: q.correctLongest.length, allowed: allowedLongest }, {
          module,
          locale,
          at: q.correctLongest[0]!.at,
          places: q.correctLongest.map((c) => ({ label: `"${c.item}"`, at: c.at })),
        }),
      );
    }
    const allowedRight = allowedCount(MAX_SHARE_ABSOLUTE_RULE_RIGHT, q.trueFalse);
    if (q.trueFalse >= MIN_TRUE_FALSE_ITEMS && q.absoluteRuleRight.length > allowedRight) {
      out.push(
        finding('QuizAbsoluteWordCue', { locale, quiz: q.quiz, trueFalse: q.trueFalse, right: q.absoluteRuleRight.length, allowed: allowedRight, inTrue: q.absoluteInTrue, inFalse: q.absoluteInFalse }, {
          module,
          locale,
          at: q.absoluteRuleRight[0]!.at,
          places: q.absoluteRuleRight.map((c) => ({ label: `"${c.item}"`, at: c.at })),
        }),
      );
    }
  }
  return out;
}

/** Probabilities as authors read them: percent with two decimals, or "< 0.01%". */
export function formatChance(p: number): string {
  if (p === 0) return '0%';
  if (p < 0.0001) return '< 0.01%';
  return `${(p * 100).toFixed(2)}%`;
}

function finalFindings(source: CourseData, datas: readonly CourseData[]): Finding[] {
  const final = finalAssessmentFigures(source);
  if (!final) return [];
  const out: Finding[] = [];
  const where = { module: final.module, locale: source.locale };
  for (const m of final.perModule) {
    if (m.items >= MIN_FINAL_ITEMS_PER_MODULE) continue;
    out.push(finding('FinalModuleTooFewItems', { quiz: final.quiz, module: m.module, items: m.items, needed: MIN_FINAL_ITEMS_PER_MODULE }, { ...where, at: final.at }));
  }
  const perLanguage = datas.flatMap((d) => {
    const f = d.locale === source.locale ? final : finalAssessmentFigures(d);
    return f ? [{ locale: d.locale, figures: f }] : [];
  });
  const failing = perLanguage.filter((x) => x.figures.passWithinAttempts >= MAX_GUESSER_PASS_PROBABILITY);
  if (failing.length > 0) {
    out.push(
      finding('FinalGuessable', {
        quiz: final.quiz,
        attempts: final.attempts,
        results: failing.map((x) => `${formatChance(x.figures.passWithinAttempts)} (${x.locale})`),
        perAttempt: failing.map((x) => `${formatChance(x.figures.passPerAttempt)} (${x.locale})`),
      }, { ...where, at: final.drawAt }),
    );
  }
  return out;
}

/** The final assessment's figures in every language, for the report. */
export function finalFiguresByLanguage(datas: readonly CourseData[]): { locale: Locale; figures: FinalFigures }[] {
  return datas.flatMap((d) => {
    const figures = finalAssessmentFigures(d);
    return figures ? [{ locale: d.locale, figures }] : [];
  });
}

/**
 * The largest progress a learner can build in a course: every activity touched, every answer
 * given in its longest form and every free-text field at its `maxLength`. Its encoded size is
 * the most the resume state can ever take, which the build checks against the LMS limit.
 *
 * "Largest" is measured in the codec's own terms: positions of 32 and above take two
 * characters, so the dialogue path, the quiz items and the ending are picked for their encoded
 * cost, not only their count; scores are fractional (three characters); unlimited quizzes
 * have used the most attempts the codec stores.
 */
import type { DialogueData, FeedbackExerciseData, QuizData, ReflectionData, CourseData, ActivityData } from '../../../../course/schema/course-data.ts';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { ActivityDetail, LearnerProgress, QuizResponse } from '../progress.ts';
import { verificationCode } from '../verification-code.ts';
import { courseLayout, dialogueChoiceIds, idIndex } from './course-layout.ts';
import { MAX_STORED_ATTEMPTS } from './quiz-codec.ts';
import { CERTIFICATE_NAME_MAX } from './resume-codec.ts';
import { uintLength } from './resume-tokens.ts';

/** A score that needs the longest encoding (a fraction). */
const WORST_SCORE = 99.99;

/**
 * Learner text of exactly `length` UTF-16 code units, full of what breaks naive encodings:
 * the codec's own characters, quotes, backslashes, newlines, non-ASCII letters and emoji.
 * Every code unit costs the same in this codec, so any text of that length is a worst case.
 */
export function worstText(length: number): string {
  const sample = [...'æøå|"\'\\\n🙂ĳ€<&>~_-0w'];
  let out = '';
  for (let i = 0; out.length < length; i += 1) {
    const c = sample[i % sample.length]!;
    out += out.length + c.length <= length ? c : 'é';
  }
  return out;
}

/** The path with the largest encoded size (choice positions plus the length prefix). */
function worstPath(dialogue: DialogueData): string[] {
  const nodes = new Map(dialogue.nodes.map((n) => [n.id, n]));
  const cost = idIndex(dialogueChoiceIds(dialogue));
  const choiceCost = (id: string): number => uintLength(cost.get(id) ?? 0);
  // For each node: per path length, the costliest way to an ending (acyclic: the loader checks).
  const memo = new Map<string, Map<number, { cost: number; choice?: string; next?: string }>>();
  const from = (id: string, depth: number): Map<number, { cost: number; choice?: string; next?: string }> => {
    const cached = memo.get(id);
    if (cached) return cached;
    const best = new Map<number, { cost: number; choice?: string; next?: string }>();
    const node = nodes.get(id);
    if (node && depth <= dialogue.nodes.length) {
      if (!node.choices?.length) best.set(0, { cost: 0 });
      for (const choice of node.choices ?? []) {
        for (const [length, rest] of from(choice.next, depth + 1)) {
          const total = rest.cost + choiceCost(choice.id);
          if ((best.get(length + 1)?.cost ?? -1) < total) best.set(length + 1, { cost: total, choice: choice.id, next: choice.next });
        }
      }
    }
    memo.set(id, best);
    return best;
  };
  let bestLength = 0;
  let bestCost = -1;
  for (const [length, { cost: c }] of from(dialogue.start, 0)) {
    if (c + uintLength(length) > bestCost) [bestLength, bestCost] = [length, c + uintLength(length)];
  }
  const path: string[] = [];
  for (let at = dialogue.start, left = bestLength; left > 0; left -= 1) {
    const step = memo.get(at)?.get(left);
    if (!step?.choice || !step.next) break;
    path.push(step.choice);
    at = step.next;
  }
  return path;
}

function worstDialogue(dialogue: DialogueData): ActivityDetail {
  const endings = dialogue.nodes.map((n, i) => ({ n, i })).filter(({ n }) => !n.choices?.length);
  const ending = (endings.length ? endings : dialogue.nodes.map((n, i) => ({ n, i }))).reduce((a, b) => (uintLength(b.i) > uintLength(a.i) ? b : a));
  return { type: 'dialogue', path: worstPath(dialogue), best: WORST_SCORE, ending: ending.n.id };
}

function worstResponse(item: QuizItem): QuizResponse {
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: item.options[item.options.length - 1]!.id };
    case 'multiple-response':
      return { kind: item.kind, options: item.options.map((o) => o.id) };
    case 'true-false':
      return { kind: item.kind, value: true };
    case 'matching':
      return { kind: item.kind, matches: Object.fromEntries(item.pairs.map((p, i) => [p.id, item.pairs[item.pairs.length - 1 - i]!.id])) };
    case 'ordering':
      return { kind: item.kind, order: item.steps.map((s) => s.id).reverse() };
    case 'fill-in':
      return { kind: item.kind, text: worstText(item.maxLength) };
  }
}

/** Encoded size of an answered item in its worst form, to pick the costliest items a draw can give. */
function answerCost(item: QuizItem, index: number): number {
  const r = worstResponse(item);
  const body =
    r.kind === 'fill-in' ? uintLength(r.text.length) + r.text.length
    : r.kind === 'multiple-response' ? 1 + r.options.length
    : r.kind === 'ordering' ? 1 + r.order.length
    : r.kind === 'matching' ? 1 + 2 * Object.keys(r.matches).length
    : 1;
  // The position is written twice: in the drawn list and before the answer.
  return 2 * uintLength(index) + body;
}

function worstQuiz(quiz: QuizData): ActivityDetail {
  const drawn = Math.min(quiz.draw ?? quiz.items.length, quiz.items.length);
  const items = quiz.items
    .map((item, index) => ({ item, cost: answerCost(item, index) }))
    .sort((a, b) => b.cost - a.cost)
    .slice(0, drawn)
    .map(({ item }) => item);
  return {
    type: 'quiz',
    attemptsUsed: quiz.attempts > 0 ? quiz.attempts : MAX_STORED_ATTEMPTS,
    best: WORST_SCORE,
    passed: true,
    current: {
      items: items.map((i) => i.id),
      answers: Object.fromEntries(items.map((i) => [i.id, worstResponse(i)])),
      submitted: true,
      score: WORST_SCORE,
    },
  };
}

function worstFeedbackExercise(exercise: FeedbackExerciseData): ActivityDetail {
  const lastCategory = exercise.sort?.categories.at(-1)?.id;
  const lastLevel = exercise.rubric.levels.at(-1)!.id;
  return {
    type: 'feedback-exercise',
    stage: 'compare',
    ...(exercise.write ? { written: worstText(exercise.write.maxLength) } : {}),
    sorted: Object.fromEntries((exercise.sort?.statements ?? []).map((s) => [s.id, lastCategory!])),
    checked: true,
    ratings: Object.fromEntries(exercise.rubric.criteria.map((c) => [c.id, lastLevel])),
    score: WORST_SCORE,
  };
}

function worstReflection(reflection: ReflectionData): ActivityDetail {
  return { type: 'reflection', answers: Object.fromEntries(reflection.prompts.map((p) => [p.id, worstText(p.maxLength)])), submitted: true };
}

function worstDetail(activity: ActivityData): ActivityDetail {
  switch (activity.type) {
    case 'dialogue':
      return worstDialogue(activity);
    case 'quiz':
      return worstQuiz(activity);
    case 'feedback-exercise':
      return worstFeedbackExercise(activity);
    case 'reflection':
      return worstReflection(activity);
    case 'page':
    case 'certificate':
      return { type: activity.type };
  }
}

/** The largest progress possible in `course` (see the file comment). */
export function worstCaseProgress(course: CourseData): LearnerProgress {
  const layout = courseLayout(course);
  const issuedOn = '2099-12-31';
  const progress: LearnerProgress = {
    // The last activity has the largest position, so the longest reference.
    location: layout.activities.at(-1)!.key,
    activities: {},
    certificate: {
      issuedOn,
      code: verificationCode({ courseId: course.id, version: course.version, learnerId: 'worst-case', issuedOn }),
      name: worstText(CERTIFICATE_NAME_MAX),
    },
  };
  for (const a of layout.activities) progress.activities[a.key] = { status: 'completed', detail: worstDetail(a.activity) };
  return progress;
}

/** The learner-written text in a progress, in UTF-16 code units (what the budget calls free text). */
export function freeTextLength(progress: LearnerProgress): number {
  let total = progress.certificate?.name?.length ?? 0;
  for (const { detail } of Object.values(progress.activities)) {
    if (detail.type === 'reflection') total += Object.values(detail.answers).reduce((n, t) => n + t.length, 0);
    if (detail.type === 'feedback-exercise') total += detail.written?.length ?? 0;
    if (detail.type === 'quiz') {
      for (const r of Object.values(detail.current?.answers ?? {})) if (r.kind === 'fill-in') total += r.text.length;
    }
  }
  return total;
}

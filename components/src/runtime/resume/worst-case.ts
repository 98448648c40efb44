/**
 * The largest progress a learner can build in a course: every activity touched, every field
 * present, every free-text field at its `maxLength`. Its encoded size is the most the resume
 * state can ever take, which the build checks against each target's limit.
 *
 * In format 2 almost every field has a fixed width once it is present (a score costs the same
 * whatever its value), so "largest" is mostly "everything present". Two choices are real:
 * - a dialogue path costs one digit per choice, so the longest walk through the graph is the
 *   costliest (a path is a walk: the engine refuses any other);
 * - a quiz attempt costs what its drawn items cost: each answer is one digit whose radix
 *   depends on the item, and a fill-in adds a text length. Which `draw` items cost most is
 *   found by trying every number of fill-ins with the costliest other items, measured with
 *   the encoder itself, so worst case and encoder cannot drift apart.
 * The course's final assessment also keeps its attempts round (the start of the round and the
 * minute of the last attempt), always present in the worst case.
 * The property tests check that no random valid progress ever encodes longer.
 */
import type { ActivityData, CourseData, DialogueData, FeedbackExerciseData, QuizData, ReflectionData } from '../../../../course/schema/course-data.ts';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { FinalAssessment } from '../../../../course/schema/final-assessment.ts';
import type { ActivityDetail, LearnerProgress, QuizProgress, QuizResponse } from '../progress.ts';
import { verificationCode } from '../verification-code.ts';
import { courseLayout, hasCertificate } from './course-layout.ts';
import { encodeQuiz, MAX_STORED_ATTEMPTS } from './quiz-codec.ts';
import { responseCount } from './quiz-responses.ts';
import { BodyWriter } from './record-body.ts';
import { CERTIFICATE_NAME_MAX } from './state-format.ts';

/**
 * Learner text of exactly `length` UTF-16 code units, full of what breaks naive encodings:
 * quotes, backslashes, newlines, non-ASCII letters, emoji and characters of the state
 * alphabet itself. Every code unit costs the same in this codec, so any text of that length
 * is a worst case.
 */
export function worstText(length: number): string {
  const sample = [...'æøå|"\'\\\n🙂ĳ€<&>~_-0w一丁'];
  let out = '';
  for (let i = 0; out.length < length; i += 1) {
    const c = sample[i % sample.length]!;
    out += out.length + c.length <= length ? c : 'é';
  }
  return out;
}

/** The choice ids of a longest walk from the start to an ending (the loader refuses loops). */
export function longestWalk(dialogue: DialogueData): string[] {
  const nodes = new Map(dialogue.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, string[]>();
  const from = (id: string, depth: number): string[] => {
    const cached = memo.get(id);
    if (cached) return cached;
    let best: string[] = [];
    // The depth guard only matters for a dialogue the loader would have refused.
    if (depth <= dialogue.nodes.length) {
      for (const choice of nodes.get(id)?.choices ?? []) {
        const rest = from(choice.next, depth + 1);
        if (rest.length + 1 > best.length) best = [choice.id, ...rest];
      }
    }
    memo.set(id, best);
    return best;
  };
  return from(dialogue.start, 0);
}

function worstDialogue(dialogue: DialogueData): ActivityDetail {
  const ending = dialogue.nodes.find((n) => !n.choices?.length) ?? dialogue.nodes[0]!;
  return { type: 'dialogue', path: longestWalk(dialogue), best: 100, ending: ending.id };
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

/** The minute of a last attempt in the worst case: any value costs the same. */
const LAST_MINUTE = Math.floor(Date.parse('2099-12-31T23:59:00Z') / 60_000);

function quizWith(quiz: QuizData, items: readonly QuizItem[], final: FinalAssessment | undefined): QuizProgress {
  const attemptsUsed = quiz.attempts > 0 ? quiz.attempts : MAX_STORED_ATTEMPTS;
  return {
    type: 'quiz',
    attemptsUsed,
    best: 100,
    passed: true,
    current: { items: items.map((i) => i.id), answers: Object.fromEntries(items.map((i) => [i.id, worstResponse(i)])), submitted: true, score: 100 },
    ...(final ? { roundStart: attemptsUsed - final.attempts, lastAttemptAt: LAST_MINUTE } : {}),
  };
}

function bodyBits(quiz: QuizData, detail: QuizProgress, final: boolean): number {
  const body = new BodyWriter();
  encodeQuiz(quiz, detail, body, final);
  return body.bits;
}

function worstQuiz(quiz: QuizData, final: FinalAssessment | undefined): ActivityDetail {
  const drawn = Math.min(quiz.draw ?? quiz.items.length, quiz.items.length);
  const fillIns = quiz.items.filter((i) => i.kind === 'fill-in');
  const others = quiz.items.filter((i) => i.kind !== 'fill-in').sort((a, b) => (responseCount(b) > responseCount(a) ? 1 : responseCount(b) < responseCount(a) ? -1 : 0));
  let worst: QuizProgress | undefined;
  let worstBits = -1;
  for (let f = 0; f <= Math.min(drawn, fillIns.length); f += 1) {
    if (drawn - f > others.length) continue;
    const detail = quizWith(quiz, [...others.slice(0, drawn - f), ...fillIns.slice(0, f)], final);
    const bits = bodyBits(quiz, detail, final !== undefined);
    if (bits > worstBits) [worst, worstBits] = [detail, bits];
  }
  return worst!;
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
    score: 100,
  };
}

function worstReflection(reflection: ReflectionData): ActivityDetail {
  return { type: 'reflection', answers: Object.fromEntries(reflection.prompts.map((p) => [p.id, worstText(p.maxLength)])), submitted: true };
}

/** `final`: the course's final assessment policy, when `activity` is that quiz. */
function worstDetail(activity: ActivityData, final: FinalAssessment | undefined): ActivityDetail {
  switch (activity.type) {
    case 'dialogue':
      return worstDialogue(activity);
    case 'quiz':
      return worstQuiz(activity, final);
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
  const progress: LearnerProgress = { location: layout.activities.at(-1)!.key, activities: {} };
  // Only a course with a certificate activity issues one (a module package may have none).
  if (hasCertificate(course)) {
    const code = verificationCode({ courseId: course.id, version: course.version, learnerId: 'worst-case', issuedOn });
    progress.certificate = { issuedOn, code, name: worstText(CERTIFICATE_NAME_MAX) };
  }
  const final = course.finalAssessment;
  for (const a of layout.activities) {
    progress.activities[a.key] = { status: 'completed', detail: worstDetail(a.activity, a.key === final?.activity ? final : undefined) };
  }
  return progress;
}

/**
 * The text learners write in the fields that share the free-text budget (answers, written
 * feedback, reflections), in UTF-16 code units. The name on the certificate is not counted:
 * it always keeps its 80 characters (free-text-budget.ts).
 */
export function sharedTextLength(progress: LearnerProgress): number {
  let total = 0;
  for (const { detail } of Object.values(progress.activities)) {
    if (detail.type === 'reflection') total += Object.values(detail.answers).reduce((n, t) => n + t.length, 0);
    if (detail.type === 'feedback-exercise') total += detail.written?.length ?? 0;
    if (detail.type === 'quiz') {
      for (const r of Object.values(detail.current?.answers ?? {})) if (r.kind === 'fill-in') total += r.text.length;
    }
  }
  return total;
}

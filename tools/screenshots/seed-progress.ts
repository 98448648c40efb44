/**
 * Learner progress for the screenshots, built with the player's own rules (quiz draws and
 * scoring, the dialogue engine, the completion rules) and stored the way the web package stores
 * it: the resume codec's state under the offline tracker's keys. So a screen is reached the way
 * a returning mentor reaches it, without playing the course up to it, and a change to the
 * rules or the codec changes the seeded state with it.
 */
import type { QuizItem } from '../../course/schema/activities/quiz.ts';
import { correctResponses } from '../../components/src/tracking/scorm-common/quiz-correct-responses.ts';
import type { ActivityData, CourseData, DialogueData, FeedbackExerciseData, QuizData, ReflectionData } from '../../course/schema/course-data.ts';
import { activityStatus } from '../../components/src/runtime/completion.ts';
import { choose, dialogueView } from '../../components/src/runtime/dialogue-engine.ts';
import { allPaths, dialogueBounds } from '../../components/src/runtime/dialogue-graph.ts';
import { minuteOf, stampAttempt } from '../../components/src/runtime/final-attempts.ts';
import { activityKey } from '../../components/src/runtime/progress-values.ts';
import type { ActivityDetail, DialogueProgress, FeedbackExerciseProgress, LearnerProgress, QuizProgress, QuizResponse } from '../../components/src/runtime/progress.ts';
import { answerItem, startAttempt, submitAttempt } from '../../components/src/runtime/quiz-scoring.ts';
import { encodeResume } from '../../components/src/runtime/resume/index.ts';
import { offlineKeys } from '../../components/src/tracking/offline/offline-mapping.ts';

/** The anonymous learner id the screenshots use: it seeds draws and shuffles, so every run shows the same items. */
export const SCREENSHOT_LEARNER = 'screenshot-mentor';

export const WRITTEN_FEEDBACK =
  'You sorted the parts before you started and you asked when you were unsure: keep doing that. Next time, check the list with me before you close the job.';
export const REFLECTION_ANSWER =
  'My own first mentor gave me real work on day one and asked what I noticed. I want to do the same, and to agree with the school teacher what we both check.';

/** Progress built activity by activity; `storage()` is what the web package keeps in `localStorage`. */
export class SeededProgress {
  progress: LearnerProgress = { activities: {} };

  constructor(readonly course: CourseData) {}

  activity(moduleId: string, activityId: string): ActivityData {
    const found = this.course.modules.find((m) => m.id === moduleId)?.activities.find((a) => a.id === activityId);
    if (!found) throw new Error(`No activity ${moduleId}/${activityId} in the course`);
    return found;
  }

  /** Sets an activity's detail (and its derived status). */
  set(moduleId: string, activityId: string, detail: ActivityDetail): this {
    const activity = this.activity(moduleId, activityId);
    const status = activityStatus(activity.type === 'quiz' ? { type: 'quiz', attempts: activity.attempts } : activity, detail);
    this.progress = { ...this.progress, activities: { ...this.progress.activities, [activityKey(moduleId, activityId)]: { status, detail } } };
    return this;
  }

  /** Where the learner was when they left. */
  at(moduleId: string, activityId: string): this {
    this.activity(moduleId, activityId);
    this.progress = { ...this.progress, location: activityKey(moduleId, activityId) };
    return this;
  }

  /** Every activity of the module done as a good mentor would (certificates are issued by the player, not seeded). */
  completeModule(moduleId: string): this {
    const module = this.course.modules.find((m) => m.id === moduleId);
    if (!module) throw new Error(`No module ${moduleId}`);
    for (const a of module.activities) {
      const detail = completedDetail(a);
      if (detail) this.set(moduleId, a.id, detail);
    }
    return this;
  }

  /** The first `count` activities of a module done (a module half-way). */
  completeFirst(moduleId: string, count: number): this {
    const module = this.course.modules.find((m) => m.id === moduleId)!;
    for (const a of module.activities.slice(0, count)) {
      const detail = completedDetail(a);
      if (detail) this.set(moduleId, a.id, detail);
    }
    return this;
  }

  /** Every module except the final assessment's. */
  completeAllModules(): this {
    for (const m of this.course.modules) if (m.id !== finalModuleId(this.course)) this.completeModule(m.id);
    return this;
  }

  /** The `localStorage` entries of the web package: the state under the offline tracker's key, and the learner id. */
  storage(): Record<string, string> {
    const keys = offlineKeys(this.course.id);
    const entries: Record<string, string> = { [keys.learner]: SCREENSHOT_LEARNER };
    if (this.progress.location || Object.keys(this.progress.activities).length > 0) entries[keys.state] = encodeResume(this.course, this.progress);
    return entries;
  }
}

export const finalModuleId = (course: CourseData): string | undefined => course.finalAssessment?.activity.split('/')[0];

/** The detail of an activity done well (none for a certificate). */
export function completedDetail(a: ActivityData): ActivityDetail | undefined {
  switch (a.type) {
    case 'page':
      return { type: 'page' };
    case 'dialogue':
      return walk(a, bestPath(a));
    case 'feedback-exercise':
      return exerciseAt(a, 'compare');
    case 'quiz':
      return quizAttempt(a, undefined, a.items.length);
    case 'reflection':
      return reflection(a, true);
    case 'certificate':
      return undefined;
  }
}

/** The dialogue after taking `path` (choice ids) from the start. */
export function walk(d: DialogueData, path: readonly string[]): DialogueProgress {
  let progress: DialogueProgress | undefined;
  for (const id of path) progress = choose(d, progress, id);
  return progress ?? { type: 'dialogue', path: [] };
}

/** The path with the highest score, and the one with the lowest: the two ends a designer must see. */
export function bestPath(d: DialogueData): string[] {
  const { maxScore } = dialogueBounds(d);
  return [...allPaths(d)].find((p) => dialogueView(d, { type: 'dialogue', path: p }).pathScore === maxScore)!;
}
export function worstPath(d: DialogueData): string[] {
  let worst: string[] = [];
  let low = Number.POSITIVE_INFINITY;
  for (const p of allPaths(d)) {
    const score = dialogueView(d, { type: 'dialogue', path: p }).pathScore;
    if (score < low) [worst, low] = [p, score];
  }
  return worst;
}

/** A feedback exercise at `stage`: written and sorted right, checked, rated at the top level from `rate` on. */
export function exerciseAt(ex: FeedbackExerciseData, stage: FeedbackExerciseProgress['stage']): FeedbackExerciseProgress {
  const sorted = Object.fromEntries((ex.sort?.statements ?? []).map((s) => [s.id, s.category]));
  const top = ex.rubric.levels.at(-1)!.id;
  const rated = stage === 'compare';
  return {
    type: 'feedback-exercise',
    stage,
    ...(ex.write ? { written: WRITTEN_FEEDBACK } : {}),
    sorted: stage === 'work' ? {} : sorted,
    checked: stage !== 'work' && !!ex.sort,
    ratings: rated ? Object.fromEntries(ex.rubric.criteria.map((c) => [c.id, top])) : {},
    ...(stage !== 'work' && ex.sort ? { score: 100 } : {}),
  };
}

export function reflection(r: ReflectionData, submitted: boolean): ActivityDetail {
  return { type: 'reflection', answers: Object.fromEntries(r.prompts.map((p) => [p.id, REFLECTION_ANSWER])), submitted };
}

/**
 * A quiz attempt drawn as the player draws it for the screenshot learner, with `answered` items
 * answered (the first `wrong` of them wrongly where the item kind allows), submitted when every
 * item is answered and `submit` is not false. `first`: put an item of this kind first, so the
 * screen shows that kind of question.
 */
export function quizAttempt(
  quiz: QuizData,
  previous: QuizProgress | undefined,
  answered: number,
  options: { wrong?: number; submit?: boolean; first?: QuizItem['kind'] } = {},
): QuizProgress {
  let progress = startAttempt(quiz, previous, SCREENSHOT_LEARNER);
  if (options.first) {
    const items = progress.current!.items;
    const pick = items.find((id) => quiz.items.find((i) => i.id === id)?.kind === options.first) ?? quiz.items.find((i) => i.kind === options.first)?.id;
    if (!pick) throw new Error(`Quiz ${quiz.id} has no ${options.first} item`);
    const rest = items.filter((id) => id !== pick);
    progress = { ...progress, current: { ...progress.current!, items: [pick, ...(rest.length === items.length ? rest.slice(0, -1) : rest)] } };
  }
  let wrong = options.wrong ?? 0;
  const items = progress.current!.items.slice(0, answered);
  for (const id of items) {
    const item = quiz.items.find((i) => i.id === id)!;
    const response = wrong > 0 ? (wrongResponse(item) ?? rightResponse(item)) : rightResponse(item);
    if (wrong > 0 && wrongResponse(item)) wrong -= 1;
    progress = answerItem(quiz, progress, id, response);
  }
  const all = answered >= progress.current!.items.length;
  return all && options.submit !== false ? submitAttempt(quiz, progress) : progress;
}

/** `attempts` failed final-assessment attempts, the last one just now: the round is used up. */
export function failedFinalAttempts(quiz: QuizData, attempts: number, now = Date.now()): QuizProgress {
  let progress: QuizProgress | undefined;
  for (let i = 0; i < attempts; i += 1) progress = stampAttempt(quizAttempt(quiz, progress, quiz.items.length, { wrong: 6 }), now - (attempts - i) * 60_000);
  return { ...progress!, lastAttemptAt: minuteOf(now) };
}

/** The item's right answer (the first accepted one for fill-in), as the SCORM adapters write it. */
export const rightResponse = (item: QuizItem): QuizResponse => correctResponses(item)[0]!;

/** A wrong answer where one is quick to give (not for matching and ordering). */
export function wrongResponse(item: QuizItem): QuizResponse | undefined {
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: item.options.find((o) => o.id !== item.correct)!.id };
    case 'multiple-response':
      return { kind: item.kind, options: item.correct.slice(0, 1) };
    case 'true-false':
      return { kind: item.kind, value: !item.correct };
    case 'fill-in':
      return { kind: item.kind, text: 'I do not know' };
    default:
      return undefined;
  }
}

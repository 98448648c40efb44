/**
 * Random but valid learner progress for a course, reproducible from a seed: what the codec's
 * property tests feed in (round trip, never larger than the worst case). Valid means what the
 * player can produce: ids from the course, dialogue paths that walk the graph, answers only to
 * drawn items, multiple responses as sets in the item's order, texts within their `maxLength`,
 * whole-percentage scores, statuses as completion.ts derives them, certificates as issued.
 */
import type { ActivityData, CourseData } from '../../../../course/schema/course-data.ts';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { FinalAssessment } from '../../../../course/schema/final-assessment.ts';
import { activityStatus } from '../completion.ts';
import type { ActivityDetail, LearnerProgress, QuizResponse } from '../progress.ts';
import { FeedbackStageSchema } from '../progress.ts';
import { verificationCode } from '../verification-code.ts';
import { courseLayout, hasCertificate } from './course-layout.ts';
import { MAX_STORED_ATTEMPTS } from './quiz-codec.ts';

interface Dice {
  (): number;
  int(max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  subset<T>(list: readonly T[]): T[];
}

function dice(seed: number): Dice {
  // mulberry32: tiny and good enough to spread test cases.
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const d = next as Dice;
  d.int = (max) => Math.floor(next() * (max + 1));
  d.chance = (p) => next() < p;
  d.pick = (list) => list[Math.floor(next() * list.length)]!;
  d.subset = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, d.int(copy.length));
  };
  return d;
}

const CHARS = [...'abc xyz ÆØÅæøå é ĳ "\'`|.,;:!?\\/\n\t{}[]<>&%#~_-=+*0w9vV😀🙂👍🏽 \u00a0\u200b'];

function text(d: Dice, max: number): string {
  let out = '';
  const target = d.int(max);
  while (out.length < target) {
    const c = d.pick(CHARS);
    if (out.length + c.length > target) break;
    out += c;
  }
  return out;
}

const score = (d: Dice): number => d.int(100);

function response(d: Dice, item: QuizItem): QuizResponse {
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: d.pick(item.options).id };
    case 'multiple-response': {
      const chosen = new Set(d.subset(item.options));
      return { kind: item.kind, options: item.options.filter((o) => chosen.has(o)).map((o) => o.id) };
    }
    case 'true-false':
      return { kind: item.kind, value: d.chance(0.5) };
    case 'matching': {
      const targets = d.subset(item.pairs);
      return { kind: item.kind, matches: Object.fromEntries(d.subset(item.pairs).map((p, i) => [p.id, (targets[i] ?? item.pairs[0]!).id])) };
    }
    case 'ordering':
      return { kind: item.kind, order: d.subset(item.steps).map((s) => s.id) };
    case 'fill-in':
      return { kind: item.kind, text: text(d, item.maxLength) };
  }
}

/** `final`: the course's final assessment policy, when `activity` is that quiz (it keeps its attempts round too). */
function detail(d: Dice, activity: ActivityData, final?: FinalAssessment): ActivityDetail {
  switch (activity.type) {
    case 'page':
    case 'certificate':
      return { type: activity.type };
    case 'dialogue': {
      const nodes = new Map(activity.nodes.map((n) => [n.id, n]));
      const path: string[] = [];
      for (let node = nodes.get(activity.start); node?.choices?.length && d.chance(0.8); ) {
        const choice = d.pick(node.choices);
        path.push(choice.id);
        node = nodes.get(choice.next);
      }
      const endings = activity.nodes.filter((n) => !n.choices?.length);
      return {
        type: 'dialogue',
        path,
        ...(d.chance(0.5) ? { best: score(d) } : {}),
        ...(d.chance(0.5) ? { ending: d.pick(endings).id } : {}),
      };
    }
    case 'quiz': {
      const drawn = d.subset(activity.items).slice(0, activity.draw ?? activity.items.length);
      const attemptsUsed = d.int(activity.attempts || MAX_STORED_ATTEMPTS);
      // A round holds at most `attempts` of them; its start is a count of attempts used before it.
      const roundStart = final ? attemptsUsed - d.int(Math.min(attemptsUsed, final.attempts)) : 0;
      return {
        type: 'quiz',
        attemptsUsed,
        ...(final && roundStart > 0 && d.chance(0.7) ? { roundStart } : {}),
        ...(final && d.chance(0.7) ? { lastAttemptAt: 29_000_000 + d.int(9_000_000) } : {}),
        passed: d.chance(0.5),
        ...(d.chance(0.5) ? { best: score(d) } : {}),
        ...(d.chance(0.7)
          ? {
              current: {
                items: drawn.map((i) => i.id),
                answers: Object.fromEntries(d.subset(drawn).map((i) => [i.id, response(d, i)])),
                submitted: d.chance(0.5),
                ...(d.chance(0.5) ? { score: score(d) } : {}),
              },
            }
          : {}),
      };
    }
    case 'feedback-exercise': {
      const categories = activity.sort?.categories ?? [];
      return {
        type: 'feedback-exercise',
        stage: d.pick(FeedbackStageSchema.options),
        ...(activity.write && d.chance(0.7) ? { written: text(d, activity.write.maxLength) } : {}),
        sorted: Object.fromEntries(d.subset(activity.sort?.statements ?? []).map((s) => [s.id, d.pick(categories).id])),
        checked: d.chance(0.5),
        ratings: Object.fromEntries(d.subset(activity.rubric.criteria).map((c) => [c.id, d.pick(activity.rubric.levels).id])),
        ...(d.chance(0.5) ? { score: score(d) } : {}),
      };
    }
    case 'reflection':
      return {
        type: 'reflection',
        answers: Object.fromEntries(d.subset(activity.prompts).map((p) => [p.id, text(d, p.maxLength)])),
        submitted: d.chance(0.5),
      };
  }
}

export function randomProgress(course: CourseData, seed: number): LearnerProgress {
  const d = dice(seed);
  const { activities } = courseLayout(course);
  const progress: LearnerProgress = { activities: {} };
  if (d.chance(0.8)) progress.location = d.pick(activities).key;
  if (d.chance(0.3) && hasCertificate(course)) {
    const issuedOn = `20${10 + d.int(89)}-0${1 + d.int(8)}-${10 + d.int(18)}`;
    const code = verificationCode({ courseId: course.id, version: course.version, learnerId: `learner-${seed}`, issuedOn });
    progress.certificate = { issuedOn, code, ...(d.chance(0.5) ? { name: text(d, 80) } : {}) };
  }
  for (const a of activities) {
    if (!d.chance(0.75)) continue;
    const made = detail(d, a.activity, a.key === course.finalAssessment?.activity ? course.finalAssessment : undefined);
    progress.activities[a.key] = { status: activityStatus(a.activity, made), detail: made };
  }
  return progress;
}

/**
 * One seeded learner taking the course, as the learner events the course shell would record
 * (components/src/tracking/learner-event.ts), session by session: modules in order, every
 * activity opened and done the way its element reports it (pages read, dialogue choices to an
 * ending, sometimes a replay or a run left half-way; the sorting checked and the rubric rated;
 * quiz attempts item by item, retried when failed; reflections saved), module completions,
 * the course status after every completion (as the shell reports it), and for those who pass
 * the final assessment the certificate.
 *
 * Plausible, not exact: right answers are likelier for able learners and easy items (each
 * item's difficulty and discrimination come from its id, so every learner meets the same
 * item), good dialogue choices likelier for able learners, and some learners stop after any
 * module. The course's real rules decide what counts: required activities, quiz pass marks,
 * the mastery pass mark on the weighted score.
 */
import type { ActivityData, CourseData, DialogueData, FeedbackExerciseData, ModuleData, QuizData } from '../../../course/schema/course-data.ts';
import { canScore } from '../../../components/src/runtime/course-status.ts';
import { isRequired } from '../../../components/src/runtime/completion.ts';
import type { LearnerEvent } from '../../../components/src/tracking/learner-event.ts';
import type { QuizResponse } from '../../../components/src/runtime/progress.ts';
import type { LearnerProfile } from './learner-profile.ts';
import type { SeededRandom } from './seeded-random.ts';
import { correctResponses } from '../../../components/src/tracking/scorm-common/quiz-correct-responses.ts';

export interface SimulatedSession {
  entry: 'ab-initio' | 'resume';
  /** ISO 8601: when the session opened (durations of completions count from it). */
  start: string;
  events: LearnerEvent[];
}

type QuizItem = QuizData['items'][number];

/** A number in [0, 1) from a string: the same item is as hard for every learner. */
function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function bestPathScore(dialogue: DialogueData): number {
  const nodes = new Map(dialogue.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const best = (id: string): number => {
    if (memo.has(id)) return memo.get(id)!;
    const node = nodes.get(id);
    const value = node?.choices ? Math.max(...node.choices.map((c) => c.score + best(c.next))) : 0;
    memo.set(id, value);
    return value;
  };
  return best(dialogue.start);
}

/** The item's right answer (the first accepted one for fill-in), as the SCORM adapters write it. */
const rightResponse = (item: QuizItem): QuizResponse => correctResponses(item)[0]!;

function wrongResponse(item: QuizItem, random: SeededRandom): QuizResponse {
  switch (item.kind) {
    case 'single-choice':
      return { kind: item.kind, option: random.pick(item.options.filter((o) => o.id !== item.correct)).id };
    case 'multiple-response': {
      const others = item.options.filter((o) => !item.correct.includes(o.id));
      const options = others.length > 0 && (item.correct.length === 1 || random.chance(0.5)) ? [...item.correct, random.pick(others).id] : item.correct.slice(1);
      return { kind: item.kind, options };
    }
    case 'true-false':
      return { kind: item.kind, value: !item.correct };
    case 'matching': {
      const ids = item.pairs.map((p) => p.id);
      const i = random.int(0, ids.length - 2);
      const targets = [...ids];
      [targets[i], targets[i + 1]] = [targets[i + 1]!, targets[i]!];
      return { kind: item.kind, matches: Object.fromEntries(ids.map((id, k) => [id, targets[k]!])) };
    }
    case 'ordering': {
      const order = item.steps.map((s) => s.id);
      const i = random.int(0, order.length - 2);
      [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      return { kind: item.kind, order };
    }
    case 'fill-in':
      return { kind: item.kind, text: 'not sure' };
  }
}

export function simulateLearner(profile: LearnerProfile, course: CourseData, random: SeededRandom): SimulatedSession[] {
  const sessions: SimulatedSession[] = [];
  let clock = profile.start;
  let session: SimulatedSession | undefined;
  const at = () => new Date(clock).toISOString();
  const wait = (minSeconds: number, maxSeconds: number) => void (clock += random.int(minSeconds * 1000, maxSeconds * 1000));
  const emit = (event: LearnerEvent) => session!.events.push(event);
  const open = () => {
    if (sessions.length > 0) clock += Math.round(profile.paceDays * (0.4 + random.next() * 1.2) * 86_400_000);
    session = { entry: sessions.length === 0 ? 'ab-initio' : 'resume', start: at(), events: [] };
    sessions.push(session);
    emit({ type: 'launched', at: at(), language: course.locale });
  };
  const close = (how: 'suspended' | 'terminated') => {
    wait(5, 60);
    emit({ type: how, at: at() });
  };

  const required = course.modules.flatMap((m) => m.activities.filter(isRequired).map((a) => `${m.id}/${a.id}`));
  const done = new Set<string>();
  const scores = new Map<string, number>();
  const weighted = course.modules.flatMap((m) => m.activities.filter((a) => a.weight > 0 && canScore(a)).map((a) => ({ key: `${m.id}/${a.id}`, weight: a.weight })));
  let reported = '';

  const reportStatus = () => {
    const complete = required.every((key) => done.has(key));
    const scored = weighted.filter((w) => scores.has(w.key));
    const counted = complete ? weighted : scored;
    const total = counted.reduce((sum, w) => sum + w.weight, 0);
    const score = total === 0 ? undefined : counted.reduce((sum, w) => sum + w.weight * (scores.get(w.key) ?? 0), 0) / total;
    const final = complete || scored.length === weighted.length;
    const passed = weighted.length === 0 ? complete : final && score !== undefined && score >= course.mastery.passMark;
    const progressMeasure = required.length === 0 ? 1 : required.filter((key) => done.has(key)).length / required.length;
    const lmsStatus = passed ? 'passed' : 'incomplete';
    const key = `${complete}|${passed}|${score}|${progressMeasure}`;
    if (key !== reported) {
      reported = key;
      emit({ type: 'course-status', at: at(), complete, passed, progressMeasure, lmsStatus, ...(score === undefined ? {} : { score }) });
    }
    return { complete, passed };
  };

  const complete = (module: ModuleData, activity: ActivityData, score?: number) => {
    const key = `${module.id}/${activity.id}`;
    if (score !== undefined) scores.set(key, score);
    if (done.has(key)) return;
    done.add(key);
    emit({ type: 'activity-completed', at: at(), moduleId: module.id, activityId: activity.id, ...(score === undefined ? {} : { score }) });
    const moduleRequired = module.activities.filter(isRequired);
    if (moduleRequired.every((a) => done.has(`${module.id}/${a.id}`)) && isRequired(activity)) emit({ type: 'module-completed', at: at(), moduleId: module.id });
    reportStatus();
  };

  const dialogueRun = (module: ModuleData, dialogue: DialogueData, best: number): { score: number; outcome: string } | undefined => {
    const nodes = new Map(dialogue.nodes.map((n) => [n.id, n]));
    let node = nodes.get(dialogue.start);
    let total = 0;
    while (node?.choices) {
      wait(15, 70);
      // A few runs are left half-way (the page closed, the learner went back to the contents).
      if (random.chance(0.02)) return undefined;
      const choice = random.weighted(node.choices.map((c) => [c, c.quality === 'good' ? Math.exp(profile.ability * 1.2) * 1.4 : c.quality === 'acceptable' ? 1 : Math.exp(-profile.ability * 1.2) * 0.6] as const));
      emit({ type: 'choice-made', at: at(), moduleId: module.id, activityId: dialogue.id, nodeId: node.id, choiceId: choice.id, quality: choice.quality, score: choice.score });
      total += choice.score;
      node = nodes.get(choice.next);
    }
    if (!node?.ending) return undefined;
    const score = best === 0 ? 100 : Math.round((total / best) * 10_000) / 100;
    wait(10, 40);
    emit({ type: 'dialogue-ended', at: at(), moduleId: module.id, activityId: dialogue.id, endingId: node.id, outcome: node.ending.outcome, score });
    return { score, outcome: node.ending.outcome };
  };

  const feedbackExercise = (module: ModuleData, exercise: FeedbackExerciseData) => {
    let score: number | undefined;
    if (exercise.sort) {
      wait(90, 400);
      const sorted: Record<string, string> = {};
      let right = 0;
      for (const statement of exercise.sort.statements) {
        const correct = random.chance(sigmoid(1.3 + profile.ability * 1.3));
        sorted[statement.id] = correct ? statement.category : random.pick(exercise.sort.categories.filter((c) => c.id !== statement.category)).id;
        if (correct) right += 1;
      }
      score = Math.round((right / exercise.sort.statements.length) * 10_000) / 100;
      emit({ type: 'exercise-checked', at: at(), moduleId: module.id, activityId: exercise.id, score, sorted });
    }
    wait(120, 600);
    const levels = exercise.rubric.levels;
    const ratings = Object.fromEntries(
      exercise.rubric.criteria.map((criterion) => {
        const lean = (profile.ability + 1.5) / 3 + random.normal() * 0.2;
        return [criterion.id, levels[Math.max(0, Math.min(levels.length - 1, Math.round(lean * (levels.length - 1))))]!.id];
      }),
    );
    emit({ type: 'exercise-completed', at: at(), moduleId: module.id, activityId: exercise.id, ratings });
    complete(module, exercise, score);
  };

  const quiz = (module: ModuleData, activity: QuizData, maxAttempts: number) => {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) wait(600, 7200);
      emit({ type: 'quiz-started', at: at(), moduleId: module.id, activityId: activity.id, attempt });
      const items = activity.draw !== undefined && activity.draw < activity.items.length ? random.shuffle(activity.items).slice(0, activity.draw) : activity.items;
      let right = 0;
      for (const item of items) {
        wait(20, 90);
        const difficulty = hashUnit(`${module.id}/${activity.id}/${item.id}`) * 2.2 - 1;
        // Most items separate able from weaker learners; an occasional one does not (or inverts).
        const discrimination = hashUnit(`${item.id}/d`) < 0.06 ? -0.4 : 0.6 + hashUnit(`${item.id}/d2`) * 1.4;
        const correct = random.chance(sigmoid(1.4 + discrimination * (profile.ability + 0.15 * (attempt - 1)) - difficulty));
        if (correct) right += 1;
        const response = correct ? rightResponse(item) : wrongResponse(item, random);
        emit({ type: 'quiz-item-answered', at: at(), moduleId: module.id, activityId: activity.id, itemId: item.id, kind: item.kind, response, correct, attempt });
      }
      const score = Math.round((right / items.length) * 10_000) / 100;
      const passed = score >= activity.passMark;
      emit({ type: 'quiz-submitted', at: at(), moduleId: module.id, activityId: activity.id, score, passed, attempt });
      if (passed || attempt === maxAttempts || !random.chance(0.8)) {
        complete(module, activity, score);
        return passed;
      }
    }
    return false;
  };

  const finalKey = course.finalAssessment?.activity;
  open();
  for (const [m, module] of course.modules.entries()) {
    for (const activity of module.activities) {
      const ids = { moduleId: module.id, activityId: activity.id };
      wait(3, 20);
      emit({ type: 'activity-experienced', at: at(), ...ids, activityType: activity.type });
      switch (activity.type) {
        case 'page':
          wait(40, 320);
          complete(module, activity);
          break;
        case 'dialogue': {
          const best = bestPathScore(activity);
          let run = dialogueRun(module, activity, best);
          for (let again = 0; again < 2 && (!run || (run.outcome !== 'positive' && random.chance(0.3))); again++) run = dialogueRun(module, activity, best) ?? run;
          if (run) complete(module, activity, run.score);
          break;
        }
        case 'feedback-exercise':
          feedbackExercise(module, activity);
          break;
        case 'quiz': {
          const isFinal = finalKey === `${module.id}/${activity.id}`;
          quiz(module, activity, isFinal ? Math.max(1, course.finalAssessment?.attempts || 3) : activity.attempts || 3);
          break;
        }
        case 'reflection':
          wait(120, 900);
          emit({ type: 'reflection-saved', at: at(), ...ids, answers: Object.fromEntries(activity.prompts.map((p) => [p.id, 'Seeded answer for the dashboard demo.'])) });
          complete(module, activity);
          break;
        case 'certificate': {
          const status = reportStatus();
          if (status.complete && status.passed) {
            emit({ type: 'certificate-issued', at: at(), code: `WM-${profile.index.toString(36).toUpperCase().padStart(6, '0')}`, issuedOn: at().slice(0, 10) });
            complete(module, activity);
          }
          break;
        }
      }
    }
    const last = m === course.modules.length - 1;
    if (last) {
      close('terminated');
      break;
    }
    // Some stop here for good; the others come back another day (or carry on now).
    if (!random.chance(profile.persistence)) {
      close('suspended');
      break;
    }
    if (random.chance(0.6)) {
      close('suspended');
      open();
    }
  }
  return sessions;
}

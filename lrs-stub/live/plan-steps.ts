/**
 * What a session's plan steps point at in the module: the dialogue, the quiz item or the
 * reflection prompt, looked up in the module data of the session's language each time they are
 * needed rather than copied into the session, so the state stays small and a translation shown
 * to the room is always the built course's.
 *
 * Not every activity can be run with a room of phones. Quiz items of three kinds can: single-
 * choice, multiple-response and true-false, whose answers count into a few bars. Matching,
 * ordering and fill-in answers do not (every phone's answer is its own arrangement or words),
 * so they are left out of a plan. A quiz with `feedback: summary` (the final assessment) is
 * left out whole: revealing its answers to a room would hand them to everybody who takes it
 * later. Pages, feedback exercises and the certificate have nothing to vote on.
 */
import type { DialogueData, ModuleData, QuizData, ReflectionData } from '../../course/schema/course-data.ts';
import type { Choice, DialogueNode, QuizItem, ReflectionPrompt } from '../../course/schema/activities/index.ts';
import type { PlanStep } from './session-schema.ts';

export const LIVE_QUIZ_KINDS = ['single-choice', 'multiple-response', 'true-false'] as const;
export type LiveQuizItem = Extract<QuizItem, { kind: (typeof LIVE_QUIZ_KINDS)[number] }>;

export type ResolvedStep =
  | { kind: 'dialogue'; dialogue: DialogueData }
  | { kind: 'quiz-item'; quiz: QuizData; item: LiveQuizItem }
  | { kind: 'reflection'; reflection: ReflectionData; prompt: ReflectionPrompt };

export function isLiveQuizItem(item: QuizItem): item is LiveQuizItem {
  return (LIVE_QUIZ_KINDS as readonly string[]).includes(item.kind);
}

/** The plan step's content, or undefined when the module has no such thing (any more). */
export function resolveStep(module: ModuleData, step: PlanStep): ResolvedStep | undefined {
  const activity = module.activities.find((candidate) => candidate.id === step.activityId);
  if (step.kind === 'dialogue') return activity?.type === 'dialogue' ? { kind: 'dialogue', dialogue: activity } : undefined;
  if (step.kind === 'quiz-item') {
    if (activity?.type !== 'quiz' || activity.feedback === 'summary') return undefined;
    const item = activity.items.find((candidate) => candidate.id === step.itemId);
    return item && isLiveQuizItem(item) ? { kind: 'quiz-item', quiz: activity, item } : undefined;
  }
  if (activity?.type !== 'reflection') return undefined;
  const prompt = activity.prompts.find((candidate) => candidate.id === step.promptId);
  return prompt ? { kind: 'reflection', reflection: activity, prompt } : undefined;
}

/**
 * Everything in the module a room can do, in the module's order, quiz items in their authored
 * order (a live session does not shuffle: "option B" must mean the same on every phone).
 */
export function defaultPlan(module: ModuleData): PlanStep[] {
  return module.activities.flatMap((activity): PlanStep[] => {
    if (activity.type === 'dialogue') return [{ kind: 'dialogue', activityId: activity.id }];
    if (activity.type === 'quiz' && activity.feedback !== 'summary') {
      return activity.items.filter(isLiveQuizItem).map((item) => ({ kind: 'quiz-item', activityId: activity.id, itemId: item.id }));
    }
    if (activity.type === 'reflection') {
      return activity.prompts.map((prompt) => ({ kind: 'reflection', activityId: activity.id, promptId: prompt.id }));
    }
    return [];
  });
}

export function findNode(dialogue: DialogueData, nodeId: string): DialogueNode | undefined {
  return dialogue.nodes.find((node) => node.id === nodeId);
}

/** A node's choices; none means the node is an ending (the loader guarantees it has one). */
export function choicesOf(node: DialogueNode): Choice[] {
  return node.choices ?? [];
}

export function isEnding(node: DialogueNode): boolean {
  return choicesOf(node).length === 0;
}

/**
 * The keys votes are counted under, in the order the screens list them: a dialogue node's
 * choice ids, a quiz item's option ids, or `true` and `false`.
 */
export function answerKeysOf(resolved: ResolvedStep, node: DialogueNode | undefined): string[] {
  if (resolved.kind === 'dialogue') return node ? choicesOf(node).map((choice) => choice.id) : [];
  if (resolved.kind === 'reflection') return [];
  const { item } = resolved;
  return item.kind === 'true-false' ? ['true', 'false'] : item.options.map((option) => option.id);
}

/** The keys of a quiz item's right answer; a dialogue has good and poor choices, never a right one. */
export function correctKeysOf(resolved: ResolvedStep): string[] | undefined {
  if (resolved.kind !== 'quiz-item') return undefined;
  const { item } = resolved;
  if (item.kind === 'true-false') return [String(item.correct)];
  if (item.kind === 'single-choice') return [item.correct];
  // In the item's order, so the answer reads like the options do.
  return item.options.filter((option) => item.correct.includes(option.id)).map((option) => option.id);
}

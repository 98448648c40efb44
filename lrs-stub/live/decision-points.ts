/**
 * A session's decision points as the facilitator's exports read them (the CSV and the printable
 * summary, live-export.ts): every decision in the log and the one still on screen, each with the
 * module's words for it (the activity's title, the question, the choices' texts), a quiz item's
 * right answer and how the group left it. Looked up in the module of the session's language, as
 * the screens do, rather than copied into the session.
 *
 * A module changed since the session may lack a node or an item: its decision is still listed,
 * with ids where the words are missing, because an export that silently drops votes would be
 * worse than one that shows an id.
 */
import type { ModuleData } from '../../course/schema/course-data.ts';
import { choicesOf, correctKeysOf, findNode, resolveStep } from './plan-steps.ts';
import type { Answer, ClosedBy, Decision, LiveSession, Round } from './session-schema.ts';
import { keysOfAnswer } from './tally.ts';

export interface DecisionPoint {
  /** Index into the plan. */
  step: number;
  kind: 'dialogue' | 'quiz-item';
  activityId: string;
  activityTitle: string;
  /** The dialogue node's id or the quiz item's id. */
  decisionId: string;
  /** The line the room answers (and who says it), or the quiz item's prompt. */
  question: { speaker?: string; text: string };
  /**
   * What votes count under, in the order the screens list them: choice or option ids, or `true`
   * and `false`, which have no text (the caller's words name them).
   */
  options: { key: string; text?: string }[];
  /** A quiz item's right answer, as keys. */
  correct?: string[];
  /** Whether the room saw that right answer. */
  answerShown: boolean;
  rounds: Round[];
  openedAt: string;
  /** How the group left the decision; none while it is on screen. */
  closed?: ClosedBy;
  closedAt?: string;
}

export function decisionPoints(state: LiveSession, module: ModuleData): DecisionPoint[] {
  const decisions: { decision: Decision; left?: { closed: ClosedBy; closedAt: string } }[] = [
    ...state.log.map((decision) => ({ decision, left: { closed: decision.closed, closedAt: decision.closedAt } })),
    ...(state.decision ? [{ decision: state.decision }] : []),
  ];
  return decisions.map(({ decision, left }): DecisionPoint => {
    const planStep = state.plan[decision.step];
    const resolved = planStep && module.id === state.moduleId ? resolveStep(module, planStep) : undefined;
    const base = {
      step: decision.step,
      answerShown: decision.answerShown,
      rounds: decision.rounds,
      openedAt: decision.openedAt,
      ...left,
    };
    if (resolved?.kind === 'dialogue') {
      const { dialogue } = resolved;
      const node = decision.nodeId === undefined ? undefined : findNode(dialogue, decision.nodeId);
      const line = node?.lines.at(-1);
      const speaker = line && dialogue.cast.find((member) => member.id === line.speaker)?.name;
      return {
        ...base,
        kind: 'dialogue',
        activityId: dialogue.id,
        activityTitle: dialogue.title,
        decisionId: decision.nodeId ?? '',
        question: { ...(speaker ? { speaker } : {}), text: line?.text ?? '' },
        options: node ? choicesOf(node).map((choice) => ({ key: choice.id, text: choice.text })) : [],
      };
    }
    if (resolved?.kind === 'quiz-item') {
      const { quiz, item } = resolved;
      return {
        ...base,
        kind: 'quiz-item',
        activityId: quiz.id,
        activityTitle: quiz.title,
        decisionId: item.id,
        question: { text: item.prompt },
        options: item.kind === 'true-false' ? [{ key: 'true' }, { key: 'false' }] : item.options.map((option) => ({ key: option.id, text: option.text })),
        correct: correctKeysOf(resolved)!,
      };
    }
    // Not in the module (any more): ids only.
    const kind = planStep?.kind === 'quiz-item' ? 'quiz-item' : 'dialogue';
    const decisionId = planStep?.kind === 'quiz-item' ? planStep.itemId : (decision.nodeId ?? '');
    const activityId = planStep?.activityId ?? '';
    return { ...base, kind, activityId, activityTitle: activityId, decisionId, question: { text: '' }, options: [] };
  });
}

/** The keys a vote chose, in the order the screens list them (keys the module lacks last). */
export function chosenKeys(point: DecisionPoint, answer: Answer): string[] {
  const keys = keysOfAnswer(answer);
  const order = (key: string) => {
    const index = point.options.findIndex((option) => option.key === key);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...keys].sort((a, b) => order(a) - order(b));
}

/** A choice's or option's text; `label` names the keys without one (true/false, or missing from the module). */
export function optionText(point: DecisionPoint, key: string, label: (key: string) => string = (k) => k): string {
  return point.options.find((option) => option.key === key)?.text ?? label(key);
}

/** Whether a quiz vote is exactly the right answer; undefined for a dialogue, whose choices are never right. */
export function isRightAnswer(point: DecisionPoint, answer: Answer): boolean | undefined {
  if (!point.correct) return undefined;
  const keys = keysOfAnswer(answer);
  return keys.length === point.correct.length && keys.every((key) => point.correct!.includes(key));
}

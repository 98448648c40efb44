/**
 * What a facilitator needs to know about an activity to plan a session, in a few short facts:
 * for a dialogue its cast, decision points and endings; for a quiz its items, draw and pass mark;
 * for a feedback exercise its tasks; for a reflection its prompts. Plain text, in the guide's
 * language; the renderer escapes it.
 */
import type { ActivityData } from '../../course/schema/course-data.ts';
import type { FinalAssessment } from '../../course/schema/final-assessment.ts';
import type { GuideText } from './guide-text.ts';

export interface ActivityOutline {
  id: string;
  title: string;
  /** The activity type in the guide's language. */
  type: string;
  optional: boolean;
  /** Short facts, one per line (may be empty, as for a page). */
  facts: string[];
}

/**
 * `final`: the course's `finalAssessment` policy when `activity` is that quiz: its attempts,
 * wait or trainer's reopen code, and when it opens are course policy, not the quiz's own.
 */
export function outlineActivity(activity: ActivityData, text: GuideText, final?: FinalAssessment): ActivityOutline {
  const base = { id: activity.id, title: activity.title, type: text.activityTypes[activity.type], optional: activity.optional };
  switch (activity.type) {
    case 'dialogue': {
      const cast = activity.cast
        .map((c) => `${c.name} (${text.roles[c.role]}${c.id === activity.player ? `, ${text.playedByLearner}` : ''})`)
        .join(', ');
      const decisions = activity.nodes.filter((n) => n.choices?.length).length;
      const endings = activity.nodes.filter((n) => n.ending).length;
      return {
        ...base,
        facts: [
          `${text.cast}: ${cast}`,
          ...(activity.sector ? [`${text.sector}: ${activity.sector}`] : []),
          `${text.decisionPoints(decisions)}, ${text.endings(endings)}`,
        ],
      };
    }
    case 'quiz': {
      const drawn = activity.draw !== undefined && activity.draw < activity.items.length ? `, ${text.drawn(activity.draw)}` : '';
      const items = `${text.items(activity.items.length)}${drawn}`;
      if (!final) return { ...base, facts: [items, `${text.passMark(activity.passMark)}, ${text.attempts(activity.attempts)}`] };
      return {
        ...base,
        facts: [
          items,
          `${text.passMark(activity.passMark)}, ${text.attempts(final.attempts)}`,
          ...(final.attempts > 0 ? [final.reset === 'wait' ? text.retryAfter(final.retryAfterHours) : text.reopenByTrainer] : []),
          ...(final.opensAfter === 'modules' ? [text.opensAfterModules] : []),
          ...(activity.feedback === 'summary' ? [text.summaryFeedback] : []),
        ],
      };
    }
    case 'feedback-exercise':
      return {
        ...base,
        facts: [
          ...(activity.write ? [text.writtenTask] : []),
          ...(activity.sort ? [text.statements(activity.sort.statements.length)] : []),
          text.rubricCriteria(activity.rubric.criteria.length),
        ],
      };
    case 'reflection':
      return { ...base, facts: [text.prompts(activity.prompts.length)] };
    case 'page':
    case 'certificate':
      return { ...base, facts: [] };
  }
}

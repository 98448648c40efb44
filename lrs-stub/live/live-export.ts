/**
 * A live session afterwards, for the facilitator: every vote and wall entry as a CSV download
 * (`sessionCsv`, here) and a printable summary per decision point (`summaryPage`, in
 * summary-page.ts, re-exported so the routes find both exports in one place).
 *
 * The CSV is one table with a `Kind` column (`vote` or `wall`) rather than two sections: a
 * spreadsheet opens one rectangular table with working filters, sorting and pivot tables,
 * while a second header half-way down breaks all three and most CSV readers. The columns a kind
 * does not use stay empty. Cells go through http/csv.ts, which quotes them and turns a name like
 * `=HYPERLINK(...)` into text a spreadsheet will not run. Column names and the fixed values
 * (`vote`, `follow`, `majority`, `yes`) are English and stable, like the dashboard's other CSV downloads, so
 * a sheet built on one export reads the next.
 *
 * The CSV names who voted what (it is the facilitator's own record, like their console); the
 * wall entries stay anonymous, as everywhere. Steps are numbered from 1, as the screens show them.
 */
import type { ModuleData } from '../../course/schema/course-data.ts';
import { type CsvCell, toCsv } from '../http/csv.ts';
import { chosenKeys, decisionPoints, type DecisionPoint, isRightAnswer, optionText } from './decision-points.ts';
import { resolveStep } from './plan-steps.ts';
import type { ClosedBy, LiveSession } from './session-schema.ts';

export { summaryPage } from './summary-page.ts';
export { type SummaryWords, SummaryWordsSchema, summaryWords } from './summary-words.ts';

export const SESSION_CSV_HEADER = [
  'Kind',
  'Step',
  'Activity',
  'Decision',
  'Question',
  'Round',
  'Participant',
  'Answer',
  'Correct',
  'Left by',
  'Followed choice',
  'Chosen by',
  'Wall state',
  'At',
] as const;

/** Answers of a multiple-response vote in one cell; a semicolon, since option texts often hold commas. */
const ANSWER_SEPARATOR = '; ';

export function sessionCsv(state: LiveSession, module: ModuleData): string {
  const names = new Map(state.participants.map((participant) => [participant.id, participant.displayName]));
  const votes = decisionPoints(state, module).flatMap((point) =>
    point.rounds.flatMap((round) =>
      round.votes.map((vote): CsvCell[] => {
        const right = isRightAnswer(point, vote.answer);
        return [
          'vote',
          point.step + 1,
          point.activityTitle,
          point.decisionId,
          point.question.text,
          round.round,
          names.get(vote.participantId) ?? vote.participantId,
          chosenKeys(point, vote.answer).map((key) => optionText(point, key)).join(ANSWER_SEPARATOR),
          right === undefined ? '' : right ? 'yes' : 'no',
          leftBy(point.closed),
          followedText(point),
          point.closed?.by === 'follow' ? point.closed.chosenBy : '',
          '',
          vote.at,
        ];
      }),
    ),
  );
  const wall = state.wall.map((entry): CsvCell[] => {
    const planStep = state.plan[entry.step];
    const resolved = planStep ? resolveStep(module, planStep) : undefined;
    const reflection = resolved?.kind === 'reflection' ? resolved : undefined;
    return [
      'wall',
      entry.step + 1,
      reflection?.reflection.title ?? planStep?.activityId ?? '',
      entry.promptId,
      reflection?.prompt.text ?? '',
      '',
      '',
      entry.text,
      '',
      '',
      '',
      '',
      entry.state,
      entry.at,
    ];
  });
  return toCsv(SESSION_CSV_HEADER, [...votes, ...wall]);
}

/** `follow`, `next`, `back` or `end`; empty while the decision is still on screen. */
function leftBy(closed: ClosedBy | undefined): string {
  return closed?.by ?? '';
}

function followedText(point: DecisionPoint): string {
  return point.closed?.by === 'follow' ? optionText(point, point.closed.choiceId) : '';
}

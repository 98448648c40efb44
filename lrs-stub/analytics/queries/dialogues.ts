/**
 * GET /dialogues: per dialogue, what learners chose at every decision point (with each
 * choice's quality), the paths runs took (choice ids in order, with the ending reached; most
 * taken first), the transitions from each choice to the node or ending it led to (for a flow
 * diagram), and the endings reached.
 *
 * Counts are GROUP BYs over `choices` (one row per choice made, with the `next` the projector
 * filled in; clustered by dialogue, node and choice, with an index by choice and next for the
 * flows) and `dialogue_runs` (one row per run, its path as JSON text, so equal paths group in
 * SQL; clustered by dialogue); runs are filtered by when they started, learners counted from
 * the runs with at least one step.
 */
import type { DashboardFilter, Dialogues } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

type Dialogue = Dialogues['dialogues'][number];

const keyOf = (module: string, activity: string) => `${module}\u0000${activity}`;

export function dialogues(db: AnalyticsDb, filter: DashboardFilter): Dialogues {
  const choice = conditions(filter);
  const run = conditions(filter, { atColumn: 'first_at' });
  const choices = db
    .prepare(`
      SELECT module, activity, node, choice, max(quality) AS quality, count(*) AS count
      FROM choices WHERE ${choice.sql} GROUP BY module, activity, node, choice`)
    .all(...choice.params) as { module: string; activity: string; node: string; choice: string; quality: string | null; count: number }[];
  // A run with steps is a learner who chose; the runs are a quarter of the choices.
  const learners = db
    .prepare(`SELECT module, activity, count(DISTINCT learner) AS learners FROM dialogue_runs WHERE steps != '[]' AND ${run.sql} GROUP BY module, activity`)
    .all(...run.params) as { module: string; activity: string; learners: number }[];
  const flows = db
    .prepare(`
      SELECT module, activity, choice AS "from", next AS "to", count(*) AS count
      FROM choices WHERE next IS NOT NULL AND ${choice.sql} GROUP BY module, activity, choice, next ORDER BY count DESC, choice, next`)
    .all(...choice.params) as { module: string; activity: string; from: string; to: string; count: number }[];
  const paths = db
    .prepare(`
      SELECT module, activity, steps, ending, count(*) AS count
      FROM dialogue_runs WHERE ${run.sql} GROUP BY module, activity, steps, ending ORDER BY count DESC, steps, ending`)
    .all(...run.params) as { module: string; activity: string; steps: string; ending: string | null; count: number }[];
  const endings = db
    .prepare(`
      SELECT module, activity, ending, max(outcome) AS outcome, count(*) AS count
      FROM dialogue_runs WHERE ending IS NOT NULL AND ${run.sql} GROUP BY module, activity, ending ORDER BY count DESC, ending`)
    .all(...run.params) as { module: string; activity: string; ending: string; outcome: string | null; count: number }[];

  const names = nameBook(db);
  const byDialogue = new Map<string, Dialogue>();
  const dialogue = (module: string, activity: string): Dialogue => {
    const key = keyOf(module, activity);
    let found = byDialogue.get(key);
    if (!found) {
      found = { moduleId: module, activityId: activity, names: names.of(module, activity), learners: 0, decisions: [], paths: [], flows: [], endings: [] };
      byDialogue.set(key, found);
    }
    return found;
  };
  for (const row of learners) dialogue(row.module, row.activity).learners = row.learners;
  for (const row of choices) {
    const d = dialogue(row.module, row.activity);
    let decision = d.decisions.find((x) => x.nodeId === row.node);
    if (!decision) {
      decision = { nodeId: row.node, total: 0, choices: [] };
      d.decisions.push(decision);
    }
    decision.total += row.count;
    decision.choices.push({ choiceId: row.choice, names: names.component(row.module, row.activity, row.node, row.choice), quality: row.quality, count: row.count });
  }
  for (const d of byDialogue.values()) {
    for (const decision of d.decisions) {
      // In the order the dialogue offers them (the definition's), else the most chosen first.
      const order = names.components(d.moduleId, d.activityId, decision.nodeId);
      const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
      decision.choices.sort((a, b) => rank(a.choiceId) - rank(b.choiceId) || b.count - a.count || a.choiceId.localeCompare(b.choiceId));
    }
    d.decisions.sort((a, b) => b.total - a.total || a.nodeId.localeCompare(b.nodeId));
  }
  for (const row of flows) dialogue(row.module, row.activity).flows.push({ from: row.from, to: row.to, count: row.count });
  for (const row of paths) dialogue(row.module, row.activity).paths.push({ steps: JSON.parse(row.steps) as string[], endingId: row.ending, count: row.count });
  for (const row of endings) dialogue(row.module, row.activity).endings.push({ endingId: row.ending, outcome: row.outcome, count: row.count });
  return { dialogues: names.inCourseOrder([...byDialogue.values()]) };
}

export function dialoguesCsv(answer: Dialogues) {
  return {
    header: ['module', 'activity', 'name', 'node', 'choice', 'choiceName', 'quality', 'count'],
    rows: answer.dialogues.flatMap((d) =>
      d.decisions.flatMap((decision) => decision.choices.map((c) => [d.moduleId, d.activityId, nameText(d.names), decision.nodeId, c.choiceId, nameText(c.names), c.quality, c.count])),
    ),
  };
}

/**
 * Dialogue runs: the choices one learner made in one dialogue (in one registration), cut into
 * runs, each with its path (choice ids in order) and the ending it reached. A statement says
 * only "at node N chose C", so runs are read from the sequence, in timestamp order:
 *
 * - an ending (`scored` with the ending extension) closes the run in progress;
 * - a choice after an ending, or at a node the run already passed, starts a new run: the
 *   dialogue graph is acyclic (the loader checks it), so a node seen again means the learner
 *   started over (a replay, or a run abandoned half-way, which keeps no ending).
 *
 * Each choice also gets `next`: the node of the following choice in its run, or the run's
 * ending, which the flow diagram draws. Because the cut depends on what comes after, the runs
 * of a learner's dialogue are recomputed from its choice and ending facts whenever one of them
 * arrives or is voided: a dozen rows, once per chunk that touched them.
 */
import type { AnalyticsDb } from './analytics-db.ts';

export interface RunKey {
  learner: number;
  registration: string;
  module: string;
  activity: string;
}

interface Event {
  seq: number;
  at: string;
  cohort: string;
  language: string;
  node: string | null;
  choice: string | null;
  ending: string | null;
  outcome: string | null;
}

interface Run {
  first: Event;
  steps: string[];
  nodes: Set<string>;
  choiceSeqs: number[];
  ending: string | null;
  outcome: string | null;
}

export const runKeyString = (key: RunKey): string => [key.learner, key.registration, key.module, key.activity].join('\u0000');

export function dialogueRuns(db: AnalyticsDb): { rebuild(key: RunKey): void } {
  const events = db.prepare(`
    SELECT seq, at, cohort, language, node, choice, NULL AS ending, NULL AS outcome FROM choices INDEXED BY choices_run_key
      WHERE learner = @learner AND registration = @registration AND module = @module AND activity = @activity
    UNION ALL
    SELECT seq, at, cohort, language, NULL, NULL, ending, outcome FROM endings
      WHERE learner = @learner AND registration = @registration AND module = @module AND activity = @activity
    ORDER BY at, seq`);
  const clear = db.prepare('DELETE FROM dialogue_runs WHERE learner = @learner AND registration = @registration AND module = @module AND activity = @activity');
  const insert = db.prepare(`
    INSERT INTO dialogue_runs (learner, cohort, language, module, activity, registration, run, first_at, steps, ending, outcome)
    VALUES (@learner, @cohort, @language, @module, @activity, @registration, @run, @first, @steps, @ending, @outcome)`);
  // choices is clustered by module, activity and node, for the panel: one learner's choices are
  // found through choices_run_key, named because the planner (without ANALYZE statistics) would
  // rather walk the whole dialogue's rows by the primary key's (module, activity) prefix.
  const setNext = db.prepare('UPDATE choices INDEXED BY choices_run_key SET next = @next WHERE learner = @learner AND registration = @registration AND module = @module AND activity = @activity AND seq = @seq');

  return {
    rebuild(key) {
      const runs: Run[] = [];
      let current: Run | undefined;
      const open = (first: Event): Run => {
        const run: Run = { first, steps: [], nodes: new Set(), choiceSeqs: [], ending: null, outcome: null };
        runs.push(run);
        return run;
      };
      const nextOf = new Map<number, string | null>();
      for (const event of events.all(key) as Event[]) {
        if (event.node !== null && event.choice !== null) {
          if (!current || current.ending !== null || current.nodes.has(event.node)) current = open(event);
          const previous = current.choiceSeqs.at(-1);
          if (previous !== undefined) nextOf.set(previous, event.node);
          current.steps.push(event.choice);
          current.nodes.add(event.node);
          current.choiceSeqs.push(event.seq);
          nextOf.set(event.seq, null);
        } else if (event.ending !== null) {
          if (!current || current.ending !== null) current = open(event);
          current.ending = event.ending;
          current.outcome = event.outcome;
          const previous = current.choiceSeqs.at(-1);
          if (previous !== undefined) nextOf.set(previous, event.ending);
        }
      }
      clear.run(key);
      runs.forEach((run, number) => {
        insert.run({ ...key, run: number + 1, cohort: run.first.cohort, language: run.first.language, first: run.first.at, steps: JSON.stringify(run.steps), ending: run.ending, outcome: run.outcome });
      });
      for (const [seq, next] of nextOf) setNext.run({ ...key, seq, next });
    },
  };
}

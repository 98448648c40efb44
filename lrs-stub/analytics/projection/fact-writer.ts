/**
 * Writes the fact rows of one placed statement (a `facts` row, and a row in the table of its
 * kind of answer: durations, attempts, responses, choices, endings, sortings, ratings), and
 * deletes every fact row of a statement when it is voided. All rows carry the statement's LRS
 * `seq`, which is what voiding and erasure delete by.
 */
import type { AnalyticsDb } from './analytics-db.ts';
import type { PlacedStatement } from './read-statement.ts';

/** The tables of one kind of answer; each is clustered on (module, activity, …, seq) or has an index to find a row by learner, module, activity and seq. */
const ANSWER_TABLES = ['durations', 'attempts', 'responses', 'choices', 'endings', 'sortings', 'ratings'] as const;

export interface FactWriter {
  write(seq: number, learner: number, statement: PlacedStatement): void;
  /** Deletes the statement's fact rows (its registration as the statement gives it); returns where they were. */
  remove(seq: number, registration: string): { learner: number; registration: string; module: string; activity: string } | undefined;
}

const bit = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

export function factWriter(db: AnalyticsDb): FactWriter {
  const dims = 'seq, learner, at, cohort, language, module, activity';
  const sql = {
    fact: db.prepare(`INSERT INTO facts (${dims}, part, verb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    duration: db.prepare(`INSERT INTO durations (${dims}, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    attempt: db.prepare(`INSERT INTO attempts (${dims}, registration, attempt, score, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    response: db.prepare(`INSERT INTO responses (${dims}, registration, attempt, item, success, fraction, response) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    choice: db.prepare(`INSERT INTO choices (${dims}, registration, node, choice, quality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    ending: db.prepare(`INSERT INTO endings (${dims}, registration, ending, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    sorting: db.prepare(`INSERT INTO sortings (${dims}, score, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    rating: db.prepare(`INSERT OR REPLACE INTO ratings (${dims}, criterion, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    factOf: db.prepare('SELECT learner, module, activity FROM facts WHERE seq = ?'),
    deleteFact: db.prepare('DELETE FROM facts WHERE seq = ?'),
    deletes: ANSWER_TABLES.map((table) =>
      db.prepare(
        table === 'choices'
          ? 'DELETE FROM choices INDEXED BY choices_run_key WHERE learner = @learner AND registration = @registration AND module = @module AND activity = @activity AND seq = @seq'
          : `DELETE FROM ${table} WHERE module = @module AND activity = @activity AND learner = @learner AND seq = @seq`,
      ),
    ),
  };

  return {
    write(seq, learner, s) {
      const d = [seq, learner, s.at, s.cohort, s.language, s.module, s.activity] as const;
      sql.fact.run(...d, s.part, s.verb);
      if (s.seconds !== undefined) sql.duration.run(...d, s.seconds);
      const answer = s.answer;
      switch (answer?.kind) {
        case 'attempt':
          sql.attempt.run(...d, s.registration, answer.attempt, answer.score, bit(answer.success));
          break;
        case 'response':
          sql.response.run(...d, s.registration, answer.attempt, answer.item, bit(answer.success), answer.fraction, answer.response);
          break;
        case 'choice':
          sql.choice.run(...d, s.registration, answer.node, answer.choice, answer.quality);
          break;
        case 'ending':
          sql.ending.run(...d, s.registration, answer.ending, answer.outcome);
          break;
        case 'sorting':
          sql.sorting.run(...d, answer.score, bit(answer.success));
          break;
        case 'ratings':
          for (const [criterion, level] of answer.ratings) sql.rating.run(...d, criterion, level);
          break;
        case undefined:
          break;
      }
    },
    remove(seq, registration) {
      const fact = sql.factOf.get(seq) as { learner: number; module: string; activity: string } | undefined;
      if (!fact) return undefined;
      const where = { ...fact, registration, seq };
      sql.deleteFact.run(seq);
      for (const statement of sql.deletes) statement.run(where);
      return { ...fact, registration };
    },
  };
}

/**
 * Writes statements pulled from a source into the local store through the LRS's own
 * statement writer (xapi/statement-writer.ts): the same validation, voiding rules, index,
 * activity definitions and group commit as a POST, so an imported statement is stored exactly
 * as one sent to us would be.
 *
 * What is kept from the source: `id` (the writer keeps a given id), the content, and
 * `authority`: the writer stores the authority of the request, so statements are written in
 * runs of equal authority with that authority as the request's. The spec lets an LRS keep a
 * submitted authority "where a strong trust relationship has been established" (1.0.3 Data
 * 2.4.9), which an import from an LRS the school chose is. `stored` is the local one (the
 * writer stamps it); the source's is kept in the import ledger (import-ledger.ts says why).
 *
 * Idempotent by id: a statement already stored with the same content (the spec's statement
 * comparison, as the writer judges a re-POST) is counted present and skipped; one stored with
 * different content is a conflict, reported with its id and never overwritten. A run the
 * writer refuses is retried statement by statement, so one bad statement costs only itself.
 */
import type { GroupCommit } from '../../store/group-commit.ts';
import type { LrsStore } from '../../store/store.ts';
import { sameStatement } from '../../xapi/statement-compare.ts';
import type { Actor } from '../../xapi/statement-schema.ts';
import { statementWriter } from '../../xapi/statement-writer.ts';
import { storedClock } from '../../xapi/statement-prepare.ts';
import { XapiError } from '../../xapi/xapi-error.ts';
import type { SourceStatement, SourceVersion } from './source-lrs.ts';

export interface StatementProblem {
  id: string;
  reason: string;
}

export interface PageOutcome {
  /** Newly stored. */
  imported: SourceStatement[];
  /** Already stored with the same content: skipped. */
  present: SourceStatement[];
  /** Stored with different content under the same id: kept as it was. */
  conflicts: StatementProblem[];
  /** Refused by the local LRS's rules (e.g. attachments whose content was not fetched). */
  rejected: StatementProblem[];
}

export interface PageWriter {
  write(statements: readonly SourceStatement[]): Promise<PageOutcome>;
}

export interface PageWriterOptions {
  store: LrsStore;
  commits: GroupCommit;
  /** Rules the statements are validated by (the source's version). */
  version: SourceVersion;
  /** For a statement that arrives without one (a conformant source never sends such). */
  fallbackAuthority: Actor;
}

export function pageWriter(options: PageWriterOptions): PageWriter {
  const { store } = options;
  // The LRS's clock, continued from the last stored statement, so local `stored` keeps growing
  // with insertion order as the query API needs.
  const writer = statementWriter(store, storedClock(store.statements.lastStored()), options.commits);
  const authorityOf = (statement: SourceStatement) => (statement.authority as Actor | undefined) ?? options.fallbackAuthority;

  const writeRun = async (run: SourceStatement[], outcome: PageOutcome) => {
    const authority = authorityOf(run[0]!);
    const request = { version: options.version, authority, parts: [], multipart: false };
    try {
      await writer.write({ ...request, body: run });
      outcome.imported.push(...run);
      return;
    } catch (error) {
      if (!(error instanceof XapiError) || run.length === 1) {
        if (!(error instanceof XapiError)) throw error;
        (error.kind === 'conflict' ? outcome.conflicts : outcome.rejected).push({ id: run[0]!.id.toLowerCase(), reason: error.message });
        return;
      }
    }
    for (const statement of run) await writeRun([statement], outcome);
  };

  return {
    async write(statements) {
      const outcome: PageOutcome = { imported: [], present: [], conflicts: [], rejected: [] };
      const fresh: SourceStatement[] = [];
      const seen = new Set<string>();
      for (const statement of statements) {
        const id = statement.id.toLowerCase();
        if (seen.has(id)) continue;
        seen.add(id);
        const local = store.statements.get(id);
        if (!local) fresh.push(statement);
        else if (sameStatement(JSON.parse(local.json) as object, statement)) outcome.present.push(statement);
        else outcome.conflicts.push({ id, reason: 'a different statement with this id is already stored here; kept the local one' });
      }
      // Consecutive runs of one authority keep the source's order (a voiding statement after
      // its target) while letting each run carry its authority.
      let run: SourceStatement[] = [];
      let runKey = '';
      for (const statement of fresh) {
        const key = JSON.stringify(authorityOf(statement));
        if (run.length > 0 && key !== runKey) {
          await writeRun(run, outcome);
          run = [];
        }
        runKey = key;
        run.push(statement);
      }
      if (run.length > 0) await writeRun(run, outcome);
      return outcome;
    },
  };
}

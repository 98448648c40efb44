/**
 * importStatements(): pulls statements from any conformant LRS over the xAPI query API into
 * the local store, so the analytics work on statements collected elsewhere (a school's own
 * LRS, an LMS's built-in one) exactly as on ours.
 *
 * One run: read the cursor from the ledger, ask for statements stored since it (ascending),
 * follow `more` to the end, and per page: drop what the cursor says was taken, stop at the
 * first statement not before the source's X-Experience-API-Consistent-Through (it may still
 * have neighbours on their way; the next run takes them), fetch the targets of voiding
 * statements that the local store lacks, write the page (page-writer.ts), then save
 * provenance and cursor. A crash or Ctrl-C at any point loses at most the page in hand, and
 * the next run neither repeats nor misses a statement.
 *
 * Voiding: the query API returns no voided statement, only the voiding ones ("The LRS MUST
 * NOT return any Statement which has been voided, unless that Statement has been requested
 * by voidedStatementId", xAPI 1.0.3 Communication, Voided Statements). A voiding statement voids its target on
 * write when we hold it (imported before the source voided it). When we do not, the target is
 * fetched by `voidedStatementId` and written just before the voiding statement, so the local
 * store holds what the source holds, voided statements included (analytics may count them).
 * A target we hold under the same id with different content is a conflict: neither it nor
 * the voiding statement is applied, so the source can never void a statement of ours.
 */
import { groupCommit } from '../../store/group-commit.ts';
import type { LrsStore } from '../../store/store.ts';
import { sameStatement } from '../../xapi/statement-compare.ts';
import { VOIDED_VERB } from '../../xapi/statement-schema.ts';
import { advance, isBehind, isUnsettled, sinceOf, type ImportCursor } from './import-cursor.ts';
import type { ImportLedger } from './import-ledger.ts';
import { pageWriter, type StatementProblem } from './page-writer.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retrying-get.ts';
import { sourceLrs, type SourceStatement, type SourceVersion } from './source-lrs.ts';

export interface ImportOptions {
  /** The source's xAPI endpoint, e.g. https://lrs.example.org/xapi. */
  from: string;
  /** "key:secret" for HTTP Basic. */
  auth: string;
  /** Default 1.0.3, which every conformant LRS speaks. */
  version?: SourceVersion;
  store: LrsStore;
  ledger: ImportLedger;
  /** Injected in tests (failures, latency). Default: the global fetch. */
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** `limit` per page; default: the source's own page size. */
  pageSize?: number;
  /** Default true. False imports up to the end even past Consistent-Through (a source that reports it wrongly). */
  respectConsistentThrough?: boolean;
  /** Ctrl-C: the page in hand is finished and saved, then the run stops. */
  signal?: AbortSignal;
  onPage?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  page: number;
  received: number;
  imported: number;
  elapsedMs: number;
}

export interface ImportReport {
  source: string;
  pages: number;
  /** Statements the source sent that the cursor had not taken yet. */
  received: number;
  imported: number;
  /** Already stored with the same content: skipped. */
  present: number;
  /** Voided statements fetched by voidedStatementId (counted in imported/present too). */
  voidedFetched: number;
  conflicts: StatementProblem[];
  rejected: StatementProblem[];
  /** Set when the run stopped at the source's Consistent-Through with statements left for the next run. */
  stoppedAtConsistentThrough?: string;
  /** True when the run was interrupted (signal) between pages. */
  interrupted: boolean;
  cursor?: { stored: string; idsAtStored: number };
  elapsedMs: number;
  /** Newly stored statements per second of the whole run. */
  statementsPerSecond: number;
}

/** A voiding statement's target id, lower case; undefined for any other statement. */
function voidedTarget(statement: SourceStatement): string | undefined {
  if (statement.verb.id !== VOIDED_VERB || statement.object.objectType !== 'StatementRef' || statement.object.id === undefined) return undefined;
  return statement.object.id.toLowerCase();
}

export async function importStatements(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const version = options.version ?? '1.0.3';
  const source = sourceLrs({
    endpoint: options.from,
    auth: options.auth,
    version,
    fetch: options.fetch ?? fetch,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
  });
  const { store, ledger } = options;
  const writer = pageWriter({
    store,
    commits: groupCommit(store),
    version,
    fallbackAuthority: { objectType: 'Agent', account: { homePage: new URL(source.endpoint).origin, name: 'imported' } },
  });
  let cursor: ImportCursor | undefined = ledger.cursor(source.endpoint);
  const report: ImportReport = { source: source.endpoint, pages: 0, received: 0, imported: 0, present: 0, voidedFetched: 0, conflicts: [], rejected: [], interrupted: false, elapsedMs: 0, statementsPerSecond: 0 };
  let consistentThrough: string | undefined;
  let url: string | undefined = source.firstPageUrl(sinceOf(cursor));

  while (url !== undefined) {
    if (options.signal?.aborted) {
      report.interrupted = true;
      break;
    }
    const page = await source.page(url, report.pages + 1);
    report.pages += 1;
    // The first answer's value holds for the whole run: later pages come from the same
    // snapshot (a `more` link pins it), and a moving limit could never be reached.
    if (report.pages === 1 && options.respectConsistentThrough !== false) consistentThrough = page.consistentThrough;

    const taken: SourceStatement[] = [];
    for (const statement of page.statements) {
      if (isBehind(cursor, statement)) continue;
      if (isUnsettled(consistentThrough, statement.stored)) {
        report.stoppedAtConsistentThrough = consistentThrough;
        break;
      }
      taken.push(statement);
    }

    const batch: SourceStatement[] = [];
    const inBatch = new Set<string>();
    const refused: StatementProblem[] = [];
    for (const statement of taken) {
      const target = voidedTarget(statement);
      // A target we hold but did not import may be our own, different statement with that id:
      // the source's voiding must not void it. Targets imported before are the source's.
      if (target !== undefined && !inBatch.has(target) && ledger.sourceStored(target) === undefined) {
        const voided = await source.voided(target, report.pages);
        const local = store.statements.get(target);
        if (voided && local && !sameStatement(JSON.parse(local.json) as object, voided)) {
          refused.push({ id: target, reason: 'a different statement with this id is already stored here; kept the local one' });
          refused.push({ id: statement.id.toLowerCase(), reason: `voids ${target}, which is a different statement here; not applied` });
          continue;
        }
        if (voided && !local) {
          batch.push(voided);
          inBatch.add(target);
          report.voidedFetched += 1;
        }
      }
      batch.push(statement);
      inBatch.add(statement.id.toLowerCase());
    }

    const outcome = await writer.write(batch);
    outcome.conflicts.push(...refused);
    for (const statement of taken) cursor = advance(cursor, statement);
    ledger.savePage(
      source.endpoint,
      cursor,
      [...outcome.imported, ...outcome.present].map((s) => ({ id: s.id.toLowerCase(), sourceStored: s.stored })),
    );
    report.received += taken.length;
    report.imported += outcome.imported.length;
    report.present += outcome.present.length;
    report.conflicts.push(...outcome.conflicts);
    report.rejected.push(...outcome.rejected);
    options.onPage?.({ page: report.pages, received: report.received, imported: report.imported, elapsedMs: performance.now() - started });
    if (report.stoppedAtConsistentThrough !== undefined) break;
    url = page.next;
  }

  report.elapsedMs = performance.now() - started;
  report.statementsPerSecond = report.elapsedMs > 0 ? Math.round((report.imported / report.elapsedMs) * 1000) : 0;
  if (cursor) report.cursor = { stored: cursor.stored, idsAtStored: cursor.ids.size };
  return report;
}

/**
 * The analytics service's HTTP side: `mountAnalytics(app, { store, analyticsPath })` opens
 * the analytics database, starts the projector and registers the dashboard's API
 * (dashboard-api.ts is the contract):
 *
 *   GET /dashboard/api/filters | funnel | scores | time | items?quiz= | dialogues | rubrics   viewer
 *   GET /dashboard/api/learners?q= | learners/<id>                                            coordinator
 *       (only learners in the coordinator's own cohorts: queries/learners.ts)
 *
 * Every answer first awaits the projector's catch-up (so a statement acknowledged before the
 * request is counted), then runs its panel's SQL (queries/, one file per panel) and sends JSON,
 * or CSV with `format=csv` (http/csv.ts: formula-safe cells). The query string is parsed with
 * the contract's schemas; a bad filter is a 400 naming the parameter and what to send.
 *
 * Writes over /xapi/ and /cmi5/ schedule a catch-up when their response has gone out, so the
 * projection follows the LRS without anybody asking; statements written by another process
 * (the importer) are projected at the next answer. Hooks: the projector stops before
 * the app closes the store (preClose), the analytics database closes with the app (onClose).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorBody } from '../http/errors.ts';
import { sendCsv, type CsvCell } from '../http/csv.ts';
import { onStatementsWritten } from '../http/statements-written.ts';
import { scopeOf } from '../accounts/require-role.ts';
import type { CohortScope } from '../accounts/user-schema.ts';
import type { DerivedData } from '../privacy/learner-data.ts';
import type { LrsStore } from '../store/store.ts';
import { DASHBOARD_API, ItemsQuerySchema, type DashboardFilter } from './dashboard-api.ts';
import { parseQuery, QueryError } from './dashboard-query.ts';
import { openAnalyticsDb, type AnalyticsDb } from './projection/analytics-db.ts';
import { analyticsLearnerData } from './projection/learner-erasure.ts';
import { Projector } from './projection/projector.ts';
import { dialogues, dialoguesCsv } from './queries/dialogues.ts';
import { filterOptions, filterOptionsCsv } from './queries/filter-options.ts';
import { funnel, funnelCsv } from './queries/funnel.ts';
import { itemAnalysis, itemAnalysisCsv } from './queries/items.ts';
import { findLearner, learnerDetail, learnerDetailCsv, learners, learnersCsv } from './queries/learners.ts';
import { rubrics, rubricsCsv } from './queries/rubrics.ts';
import { scores, scoresCsv } from './queries/scores.ts';
import { timeOnTask, timeOnTaskCsv } from './queries/time-on-task.ts';

export interface AnalyticsOptions {
  store: LrsStore;
  /** analyticsPathFor(LRS_DB): the analytics SQLite file, or ':memory:'. */
  analyticsPath: string;
  /** Statements per projector transaction. */
  chunkSize?: number;
  /** Where failures of background catch-ups go. Default: stderr. */
  onError?: (error: unknown) => void;
}

export interface MountedAnalytics {
  projector: Projector;
  db: AnalyticsDb;
  /** For the privacy routes: the dashboard's learner id → IFI and identifier, if the scope admits the learner. */
  resolveLearner(id: string, scope: CohortScope): { ifi: string; identifier: string } | undefined;
  /** For the privacy routes: what the analytics keep about a learner, to export or erase. */
  learnerData: DerivedData;
  /** Stops the projector and closes the database (also done when the app closes). */
  close(): void;
}

type Table = { header: readonly string[]; rows: readonly (readonly CsvCell[])[] };

export function mountAnalytics(app: FastifyInstance, options: AnalyticsOptions): MountedAnalytics {
  const db = openAnalyticsDb(options.analyticsPath);
  const projector = new Projector({ db, statements: options.store.statements, ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}), ...(options.onError ? { onError: options.onError } : {}) });
  const learnerData = analyticsLearnerData(db, projector.dimensions);
  const viewer = app.accounts.requireRole('viewer');
  const coordinator = app.accounts.requireRole('coordinator');

  const answer = async <E extends z.ZodRawShape>(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    extra: z.ZodObject<E>,
    run: (filter: DashboardFilter, extra: z.infer<z.ZodObject<E>>) => { json: unknown; table: () => Table } | undefined,
  ) => {
    let parsed;
    try {
      parsed = parseQuery(request.query, extra);
    } catch (error) {
      if (error instanceof QueryError) return reply.code(400).send(errorBody(400, `GET ${DASHBOARD_API}/${name}: ${error.message}`));
      throw error;
    }
    await projector.settle();
    const result = run(parsed.filter, parsed.extra);
    if (!result) return reply.code(404).send(errorBody(404, `GET ${request.url.split('?')[0]}: no such learner in this LRS; take the id from GET ${DASHBOARD_API}/learners`));
    reply.header('cache-control', 'no-store');
    if (parsed.filter.format === 'csv') {
      const table = result.table();
      return sendCsv(reply, `${name.replace(/\//g, '-')}.csv`, table.header, table.rows);
    }
    return reply.send(result.json);
  };

  const panel = <T>(name: string, query: (filter: DashboardFilter) => T, csv: (answer: T) => Table) => {
    app.get(`${DASHBOARD_API}/${name}`, { preHandler: viewer }, (request, reply) =>
      answer(request, reply, name, z.strictObject({}), (filter) => {
        const json = query(filter);
        return { json, table: () => csv(json) };
      }),
    );
  };
  panel('filters', () => filterOptions(db), filterOptionsCsv);
  panel('funnel', (filter) => funnel(db, filter), funnelCsv);
  panel('scores', (filter) => scores(db, filter), scoresCsv);
  panel('time', (filter) => timeOnTask(db, filter), timeOnTaskCsv);
  panel('dialogues', (filter) => dialogues(db, filter), dialoguesCsv);
  panel('rubrics', (filter) => rubrics(db, filter), rubricsCsv);
  app.get(`${DASHBOARD_API}/items`, { preHandler: viewer }, (request, reply) =>
    answer(request, reply, 'items', ItemsQuerySchema, (filter, { quiz }) => {
      const json = itemAnalysis(db, filter, quiz);
      return { json, table: () => itemAnalysisCsv(json) };
    }),
  );
  const LearnersQuery = z.object({ q: z.string().max(200, { error: 'too long' }).optional() });
  app.get(`${DASHBOARD_API}/learners`, { preHandler: coordinator }, (request, reply) =>
    answer(request, reply, 'learners', LearnersQuery, (filter, { q }) => {
      const json = learners(db, filter, q, scopeOf(request));
      return { json, table: () => learnersCsv(json) };
    }),
  );
  app.get<{ Params: { id: string } }>(`${DASHBOARD_API}/learners/:id`, { preHandler: coordinator }, (request, reply) =>
    answer(request, reply, 'learners/<id>', z.strictObject({}), () => {
      const json = learnerDetail(db, request.params.id, scopeOf(request));
      return json && { json, table: () => learnerDetailCsv(json) };
    }),
  );

  // A write that may have stored statements (xAPI, and the cmi5 launcher's own) brings the
  // projection up to date soon after; with nothing new a catch-up is one query.
  onStatementsWritten(app, () => projector.scheduleCatchUp());
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    projector.stop();
    db.close();
  };
  app.addHook('preClose', async () => projector.stop());
  app.addHook('onClose', async () => close());
  return {
    projector,
    db,
    resolveLearner: (id, scope) => {
      const found = findLearner(db, id, scope);
      return found && { ifi: found.ifi, identifier: found.identifier };
    },
    learnerData,
    close,
  };
}

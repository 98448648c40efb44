/**
 * The coordinator's side of a learner's data request, next to the learner's drill-down:
 *
 *   GET    /dashboard/api/learners/<id>/export   coordinator   the learner's data as a JSON download
 *   DELETE /dashboard/api/learners/<id>          coordinator   erase it everywhere (X-CSRF-Token,
 *                                                              body { "confirm": "<the learner's identifier>" })
 *
 * A coordinator reaches only learners in their own cohorts (the same "no such learner" as for an
 * unknown id otherwise).
 *
 * The typed confirmation is checked here too, not only in the page: an erasure cannot be undone,
 * and a script or a mistyped id must not erase somebody else. Every erasure is logged (who, when,
 * how much; not the person) to the error log's stream, so a school can show it acted.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { CohortScope } from '../accounts/user-schema.ts';
import { DASHBOARD_API } from '../analytics/dashboard-api.ts';
import { scopeOf } from '../accounts/require-role.ts';
import { errorBody } from '../http/errors.ts';
import type { LrsStore } from '../store/store.ts';
import { eraseLearner, exportLearner, type DerivedData } from './learner-data.ts';

export interface PrivacyOptions {
  store: LrsStore;
  /** The learner id of the dashboard's URLs → the person's IFI key and the identifier shown to the coordinator, if they are in `scope`. */
  resolve(id: string, scope: CohortScope): { ifi: string; identifier: string } | undefined;
  /** The services that keep data derived from statements (analytics, register). */
  derived(): readonly DerivedData[];
  /** Where the erasure log line goes. Default: stderr. */
  log?: (line: string) => void;
}

const EraseBodySchema = z.strictObject({ confirm: z.string() });

const notFound = (reply: FastifyReply, id: string) =>
  reply.code(404).send(errorBody(404, `no learner with id "${id}" in this LRS; take the id from GET ${DASHBOARD_API}/learners`));

export function mountPrivacy(app: FastifyInstance, options: PrivacyOptions): void {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const coordinator = app.accounts.requireRole('coordinator');

  app.get<{ Params: { id: string } }>(`${DASHBOARD_API}/learners/:id/export`, { preHandler: coordinator }, async (request, reply) => {
    const person = options.resolve(request.params.id, scopeOf(request));
    if (!person) return notFound(reply, request.params.id);
    const data = exportLearner(options.store, person.ifi, options.derived());
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="learner-data.json"')
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(JSON.stringify(data, null, 2));
  });

  app.delete<{ Params: { id: string } }>(`${DASHBOARD_API}/learners/:id`, { preHandler: coordinator }, async (request, reply) => {
    const person = options.resolve(request.params.id, scopeOf(request));
    if (!person) return notFound(reply, request.params.id);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.isBuffer(request.body) ? request.body.toString('utf8') : String(request.body ?? ''));
    } catch {
      body = undefined;
    }
    const parsed = EraseBodySchema.safeParse(body);
    if (!parsed.success || parsed.data.confirm.trim() !== person.identifier) {
      return reply.code(400).send(errorBody(400, `erasing a learner needs the JSON body {"confirm": "<their identifier>"}, with the identifier exactly as the dashboard shows it (${JSON.stringify(person.identifier)}); nothing was erased`));
    }
    const report = await eraseLearner(options.store, person.ifi, options.derived());
    const who = request.coordinator?.username ?? '?';
    const personHash = createHash('sha256').update(person.ifi).digest('hex').slice(0, 16);
    log(JSON.stringify({ event: 'learner-erased', at: new Date().toISOString(), by: who, personSha256: personHash, statements: report.statements, documents: report.documents, derived: report.derived }));
    return reply.header('cache-control', 'no-store').send(report);
  });
}

/**
 * The built dashboard served as the LRS serves it (serve-dashboard.ts: same headers, same
 * Content-Security-Policy), with every API it calls answered from the test fixtures, so the
 * dashboard can be looked at, screenshotted and clicked through without an LRS full of data.
 *
 *   npx tsx lrs-stub/dashboard/tools/fixture-server.ts [--viewer] [--empty]   (after npm run build:dashboard)
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { DASHBOARD_API } from '../../analytics/dashboard-api.ts';
import { REGISTER_API } from '../../register/register-api.ts';
import { SESSION_URL } from '../client/app/session.ts';
import { panelFixtures } from '../client/test-support/panel-fixtures.ts';
import * as people from '../client/test-support/people-fixtures.ts';
import { mountDashboardApp } from '../serve-dashboard.ts';
import { DASHBOARD_DIST } from '../dashboard-dist.ts';

export interface FixtureServerOptions {
  role?: 'coordinator' | 'viewer';
  /** Answer every panel as an empty store would. */
  empty?: boolean;
  /** Start logged out (the login page). */
  loggedOut?: boolean;
  distDir?: string;
}

export function fixtureServer(options: FixtureServerOptions = {}): FastifyInstance {
  const app = Fastify();
  const session = options.role === 'viewer' ? people.viewerSession : people.coordinatorSession;
  let loggedIn = !options.loggedOut;
  const empty = options.empty ?? false;
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.get(SESSION_URL, async (_request, reply) => (loggedIn ? session : reply.code(401).send({ status: 401, error: 'Unauthorized', message: 'no session' })));
  app.post(SESSION_URL, async (request, reply) => {
    const { password } = request.body as { password?: string };
    if (password !== 'demo') return reply.code(401).send({ status: 401, error: 'Unauthorized', message: 'login: wrong' });
    loggedIn = true;
    return session;
  });
  app.delete(SESSION_URL, async (_request, reply) => {
    loggedIn = false;
    return reply.code(204).send();
  });
  const panels = panelFixtures(empty);
  for (const [panel, answer] of Object.entries(panels)) {
    app.get(`${DASHBOARD_API}/${panel}`, async (request, reply) => {
      if ((request.query as { format?: string }).format === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send('panel,fixture\r\n');
      return answer;
    });
  }
  app.get(`${DASHBOARD_API}/learners/:id`, async () => people.learnerDetail);
  app.delete(`${DASHBOARD_API}/learners/:id`, async () => ({ statements: 12, documents: 3, derived: 1 }));
  app.get(`${REGISTER_API}/entries`, async () => (empty ? people.emptyRegister : people.registerList));
  app.post(`${REGISTER_API}/entries/:code/revoke`, async () => people.registerList.entries[0]);
  app.post(`${REGISTER_API}/import/moodle`, async () => people.importReport);
  mountDashboardApp(app, { distDir: options.distDir ?? DASHBOARD_DIST });
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = fixtureServer({ role: process.argv.includes('--viewer') ? 'viewer' : 'coordinator', empty: process.argv.includes('--empty') });
  const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 8790) });
  console.log(`dashboard with fixtures at ${address}/dashboard`);
}

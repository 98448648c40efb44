/**
 * Everything coordinators use, mounted on an LRS app in one call: the analytics behind the
 * dashboard, the register of certified mentors with its public verification pages, a
 * learner's data on request, and the dashboard application itself. Each keeps its own SQLite
 * file beside the store (`sidecar`: the LRS_DB file, or a path in LRS_DATA_DIR when the store
 * is PostgreSQL), and each follows the statements by seq after every successful write.
 *
 * Call after buildApp() and before the app is ready. Routes added here get 404, not 405, for
 * other methods (buildApp answered the 405s already); the dashboard never relies on a 405.
 */
import type { FastifyInstance } from 'fastify';
import { analyticsPathFor } from './analytics/projection/analytics-db.ts';
import { mountAnalytics, type MountedAnalytics } from './analytics/dashboard-routes.ts';
import { DASHBOARD_DIST } from './dashboard/dashboard-dist.ts';
import { mountDashboardApp } from './dashboard/serve-dashboard.ts';
import { onStatementsWritten } from './http/statements-written.ts';
import { mountPrivacy } from './privacy/privacy-routes.ts';
import { mountRegister, type MountedRegister } from './register/register-routes.ts';
import { erasureTargetOf } from './register/learner-identity.ts';
import { registerPathFor } from './register/register-store.ts';
import type { LrsStore } from './store/store.ts';

export interface CoordinatorOptions {
  store: LrsStore;
  /** The path the sidecar files are named after (analyticsPathFor, registerPathFor), or ':memory:'. */
  sidecar: string;
  /** Where browsers and verifiers reach this LRS: written into every credential. */
  publicUrl: string;
  issuer?: { name?: string; url?: string; email?: string };
  courseVersion?: string;
  /** The built dashboard. Default: dist/dashboard. */
  dashboardDist?: string;
}

export interface CoordinatorServices {
  analytics: MountedAnalytics;
  register: MountedRegister;
}

export async function mountCoordinatorServices(app: FastifyInstance, options: CoordinatorOptions): Promise<CoordinatorServices> {
  const analytics = mountAnalytics(app, { store: options.store, analyticsPath: analyticsPathFor(options.sidecar) });
  const register = await mountRegister(app, {
    store: options.store,
    registerPath: registerPathFor(options.sidecar),
    publicUrl: options.publicUrl,
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.courseVersion ? { courseVersion: options.courseVersion } : {}),
  });
  onStatementsWritten(app, () => register.follower.scheduleCatchUp());
  mountPrivacy(app, {
    store: options.store,
    resolve: analytics.resolveLearner,
    // The register erases the learner's certificates down to a tombstone (register-store.ts):
    // the code says "revoked" to a verifier, and nothing about the person stays.
    derived: () => [
      analytics.learnerData,
      {
        name: 'register',
        export: (ifi) => register.register.entriesOf(erasureTargetOf(ifi)).map(({ salt: _salt, credentialJwt: _jwt, ...entry }) => entry),
        erase: (ifi) => register.register.erase(erasureTargetOf(ifi)),
      },
    ],
  });
  mountDashboardApp(app, { distDir: options.dashboardDist ?? DASHBOARD_DIST });
  return { analytics, register };
}

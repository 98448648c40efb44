/**
 * The coordinator's session as the dashboard sees it: the answer of
 * `GET|POST /dashboard/api/session` (lrs-stub/accounts/session-routes.ts), parsed at the
 * boundary. The role decides what is shown (learners, revoking, importing are for
 * coordinators); the server checks it again on every request.
 */
import { z } from 'zod';
import { CohortScopeSchema, RoleSchema } from '../../../accounts/user-schema.ts';

/** lrs-stub/accounts/session-routes.ts's SESSION_PATH (that module is server code; serve-dashboard.test.ts checks the two agree). */
export const SESSION_URL = '/dashboard/api/session';

/** `cohorts`: whose learners the Learners page lists (the server filters; the page says so). */
export const SessionSchema = z.object({ username: z.string(), role: RoleSchema, cohorts: CohortScopeSchema, csrfToken: z.string().min(1) });
export type Session = z.infer<typeof SessionSchema>;

export const isCoordinator = (session: Session | undefined): boolean => session?.role === 'coordinator';

/**
 * The live-session HTTP API as the facilitator's screens call it: its addresses and the schemas
 * its answers are parsed with (lrs-stub/live/live-protocol.ts), so the start page and the
 * console build no URL by hand and draw only what the contract promises.
 */
import { z } from 'zod';
import { LIVE_API, SessionSummarySchema } from '../../../live/live-protocol.ts';

export { CatalogSchema, FacilitatorScreenSchema, type Catalog, type CreateSessionBody, type FacilitatorScreen, type SessionSummary } from '../../../live/live-protocol.ts';

/**
 * `GET sessions` (lrs-stub/live/live-routes.ts): the coordinator's sessions, and how long after
 * its last change a session is deleted with the names in it.
 */
export const SessionListSchema = z.strictObject({ sessions: z.array(SessionSummarySchema), retentionHours: z.number().min(0) });
export type SessionList = z.infer<typeof SessionListSchema>;

const session = (id: string) => `${LIVE_API}/sessions/${encodeURIComponent(id)}`;

export const liveApi = {
  catalog: `${LIVE_API}/catalog`,
  sessions: `${LIVE_API}/sessions`,
  session,
  qr: (id: string) => `${session(id)}/qr.svg`,
  csv: (id: string) => `${session(id)}/export.csv`,
  summary: (id: string) => `${session(id)}/summary`,
  /** The projector's page (served beside the join page, outside the dashboard). */
  room: (id: string) => `/live/room/${encodeURIComponent(id)}`,
} as const;

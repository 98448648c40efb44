/**
 * What travels between the live-session screens and the server, as zod schemas: the HTTP bodies
 * and the WebSocket messages. Shared by the routes (live-routes.ts, live-socket.ts) and the
 * browser screens (dashboard/client/live/), so both sides parse the same shapes.
 *
 * HTTP, under /live/api:
 *   GET  catalog                       coordinator: modules and languages a session can run
 *   GET  sessions                      coordinator: {sessions: SessionSummary[], retentionHours}, newest first
 *   POST sessions                      coordinator: CreateSessionBody → 201 FacilitatorScreen
 *   GET  sessions/:id                  coordinator (who runs it): FacilitatorScreen
 *   GET  sessions/:id/qr.svg           coordinator: the join URL as a QR code
 *   GET  sessions/:id/export.csv       coordinator: every vote and wall entry
 *   GET  sessions/:id/summary          coordinator: a printable page per decision point
 *   POST join                          anyone, rate-limited per address: JoinBody → Joined
 *
 * WebSocket, at /live/api/sessions/:id/socket. The first message says who is there (Hello);
 * the server answers with the screen's view and then sends a new one whenever the session
 * changes (and a phone's own view only when it changed for that phone). Commands go the same
 * way, each with a `ref` the server's Result echoes.
 */
import { z } from 'zod';
import { IdSchema, LocaleSchema } from '../../course/schema/ids.ts';
import { FacilitatorNotesSchema } from '../../course/schema/module.ts';
import { FacilitatorCommandSchema } from './session-commands.ts';
import { LiveErrorSchema } from './session-errors.ts';
import { AnswerSchema, DisplayNameSchema, LiveIdSchema, RecordAsSchema, WallTextSchema } from './session-schema.ts';
import { FacilitatorViewSchema, ParticipantViewSchema, RoomViewSchema } from './session-views.ts';

export const LIVE_API = '/live/api';
/** Where phones go: the join page, with `?code=` when they came by the QR code. */
export const JOIN_PATH = '/live';

export const CatalogSchema = z.strictObject({
  locales: z.array(LocaleSchema),
  modules: z.array(
    z.strictObject({
      id: IdSchema,
      /** Per language the module can be run in: its title and how many plan steps it has. */
      byLocale: z.partialRecord(LocaleSchema, z.strictObject({ title: z.string(), steps: z.number().int().min(1) })),
    }),
  ),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const CreateSessionBodySchema = z.strictObject({
  moduleId: IdSchema,
  locale: LocaleSchema,
  recordAs: RecordAsSchema.default('anonymous'),
});
export type CreateSessionBody = z.input<typeof CreateSessionBodySchema>;

export const SessionSummarySchema = z.strictObject({
  id: LiveIdSchema,
  joinCode: z.string(),
  moduleId: IdSchema,
  title: z.string(),
  locale: LocaleSchema,
  phase: z.string(),
  participants: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** The facilitator's screen: the view, the join address and the module's notes for facilitators. */
export const FacilitatorScreenSchema = z.strictObject({
  view: FacilitatorViewSchema,
  joinUrl: z.string(),
  moduleTitle: z.string(),
  notes: FacilitatorNotesSchema.optional(),
  /** When the session and its participants' names are deleted. */
  deleteAfter: z.string(),
});
export type FacilitatorScreen = z.infer<typeof FacilitatorScreenSchema>;

export const JoinBodySchema = z.strictObject({ code: z.string().max(64), displayName: DisplayNameSchema });
export const JoinedSchema = z.strictObject({
  sessionId: LiveIdSchema,
  participantId: LiveIdSchema,
  /** The phone keeps it (sessionStorage) to come back as the same participant. */
  token: z.string(),
});
export type Joined = z.infer<typeof JoinedSchema>;

/** The first message on a socket. A facilitator and a projector are known by their login cookie. */
export const HelloSchema = z.discriminatedUnion('role', [
  z.strictObject({ type: z.literal('hello'), role: z.literal('participant'), participantId: LiveIdSchema, token: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal('hello'), role: z.literal('facilitator') }),
  z.strictObject({ type: z.literal('hello'), role: z.literal('room') }),
]);
export type Hello = z.infer<typeof HelloSchema>;

const Ref = z.number().int().min(0);
export const ParticipantMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('vote'), ref: Ref, answer: AnswerSchema }),
  z.strictObject({ type: z.literal('submit'), ref: Ref, text: WallTextSchema }),
]);
export type ParticipantMessage = z.infer<typeof ParticipantMessageSchema>;

export const FacilitatorMessageSchema = z.strictObject({ type: z.literal('command'), ref: Ref, command: FacilitatorCommandSchema });
export type FacilitatorMessage = z.input<typeof FacilitatorMessageSchema>;

export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('participant-view'), view: ParticipantViewSchema }),
  z.strictObject({ type: z.literal('facilitator-view'), view: FacilitatorViewSchema }),
  z.strictObject({ type: z.literal('room-view'), view: RoomViewSchema }),
  z.strictObject({ type: z.literal('result'), ref: Ref, ok: z.boolean(), error: LiveErrorSchema.optional() }),
  /** The socket is refused or closed: a bad hello, a session that is gone, a participant removed. */
  z.strictObject({ type: z.literal('refused'), code: z.enum(['bad-hello', 'no-session', 'rejoin-refused', 'not-allowed']), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

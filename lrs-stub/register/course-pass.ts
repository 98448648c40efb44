/**
 * Recognising, among stored statements, a learner passing the course: what our packages send
 * when the final assessment is passed (components/src/tracking/xapi/xapi-mapping.ts and, for
 * cmi5, cmi5/cmi5-mapping.ts), and nothing that merely looks close.
 *
 * - verb `passed`, result.success not false, object an Activity, and either
 * - the course activity: definition.type is ADL's course type (every xAPI package statement
 *   about the course carries it, whatever activity_id the LMS chose), or its id is one of the
 *   course's activity ids; or
 * - a cmi5 "defined" passed (cmi5 and moveOn categories) of the whole-course AU: the LMS picks
 *   the AU's activity id, but names our AU id as the publisher id in the context's grouping.
 *
 * A quiz's own `passed` (the final assessment as an activity, type assessment) is not a course
 * pass: the course passes when the course status says so, which is when the course sends it.
 */
import { z } from 'zod';
import { ifiKey } from '../xapi/agent-ifi.ts';
import type { Actor } from '../xapi/statement-schema.ts';
import { identityOfActor, type LearnerIdentity } from './learner-identity.ts';

export const PASSED_VERB = 'http://adlnet.gov/expapi/verbs/passed';
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

const ActivityRef = z.object({ id: z.string() });
const activities = z.union([ActivityRef, z.array(ActivityRef)]).optional();

/** Only the parts read here; the LRS validated the whole statement when it stored it. */
const StoredStatementSchema = z.object({
  id: z.string(),
  actor: z.record(z.string(), z.unknown()),
  verb: z.object({ id: z.string() }),
  object: z.object({
    objectType: z.string().optional(),
    id: z.string(),
    definition: z.object({ type: z.string().optional() }).optional(),
  }),
  result: z.object({ success: z.boolean().optional() }).optional(),
  context: z
    .object({
      language: z.string().optional(),
      revision: z.unknown().optional(),
      contextActivities: z.object({ grouping: activities, category: activities }).optional(),
    })
    .optional(),
  timestamp: z.string().optional(),
  stored: z.string().optional(),
});

export interface CoursePass {
  statementId: string;
  /** Who passed, as the register keeps them. */
  learner: LearnerIdentity;
  /** The actor's IFI key (xapi/agent-ifi.ts), to find the learner's other passes. */
  agentKey: string;
  /** When the learner passed, as an instant (the credential's validFrom). */
  passedAt: string;
  /** The day they passed, as the learner's clock had it. */
  passedOn: string;
  /** context.language, if the statement has a usable one. */
  language?: string;
  /** context.revision: the course version the learner passed (our packages send it), if usable. */
  courseVersion?: string;
}

/** A version worth keeping: short, printable, no spaces (ours are 1.2.0; other tools send what they like). */
const VERSION = /^[\w.+-]{1,64}$/;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const ids = (value: z.infer<typeof activities>) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((a) => a.id);

/** The course pass a stored statement records, or undefined when it is not one. */
export function coursePassOf(json: string, courseIds: ReadonlySet<string>): CoursePass | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = StoredStatementSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const statement = parsed.data;
  if (statement.verb.id !== PASSED_VERB || statement.result?.success === false) return undefined;
  const { object } = statement;
  if (object.objectType !== undefined && object.objectType !== 'Activity') return undefined;
  const categories = ids(statement.context?.contextActivities?.category);
  const cmi5MoveOn = categories.includes(CMI5_CATEGORY) && categories.includes(MOVE_ON_CATEGORY);
  const aboutCourse =
    object.definition?.type === COURSE_ACTIVITY_TYPE ||
    courseIds.has(object.id) ||
    (cmi5MoveOn && ids(statement.context?.contextActivities?.grouping).some((id) => courseIds.has(id)));
  if (!aboutCourse) return undefined;
  const learner = identityOfActor(statement.actor);
  const agentKey = ifiKey(statement.actor as Actor);
  if (!learner || agentKey === undefined) return undefined;
  const when = statement.timestamp ?? statement.stored;
  const instant = when === undefined ? Number.NaN : Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(when) ? when : `${when}Z`);
  if (when === undefined || Number.isNaN(instant)) return undefined;
  const language = statement.context?.language;
  const revision = statement.context?.revision;
  return {
    statementId: statement.id,
    learner,
    agentKey,
    passedAt: new Date(instant).toISOString(),
    passedOn: /^\d{4}-\d{2}-\d{2}/.test(when) ? when.slice(0, 10) : new Date(instant).toISOString().slice(0, 10),
    ...(language !== undefined && LANGUAGE_TAG.test(language) ? { language } : {}),
    ...(typeof revision === 'string' && VERSION.test(revision) ? { courseVersion: revision } : {}),
  };
}

/** The id of the statement a voiding statement voids, or undefined when it is not one. */
export function voidedTargetOf(json: string): string | undefined {
  try {
    const statement = JSON.parse(json) as { verb?: { id?: unknown }; object?: { objectType?: unknown; id?: unknown } };
    if (statement.verb?.id !== VOIDED_VERB || statement.object?.objectType !== 'StatementRef') return undefined;
    return typeof statement.object.id === 'string' ? statement.object.id : undefined;
  } catch {
    return undefined;
  }
}

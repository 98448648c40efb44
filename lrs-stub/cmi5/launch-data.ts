/**
 * What a cmi5 launch hands to an AU, as pure functions: the LMS.LaunchData state document
 * (contextTemplate, launchMode, moveOn, masteryScore, returnURL, launchParameters) and the
 * launch URL with the five cmi5 parameters (endpoint, fetch, actor, registration, activityId).
 */
import { z } from 'zod';
import { AgentSchema } from '../xapi/statement-schema.ts';
import { isIri } from '../xapi/formats.ts';

export const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON)[number];

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';

/** The body of POST /cmi5/launches (and the query of GET /cmi5/launch). */
export const LaunchRequestSchema = z.strictObject({
  activityId: z.string({ error: 'is required: the AU\'s activity IRI' }).refine(isIri, { message: 'must be an IRI' }),
  auUrl: z.url({ error: 'must be an absolute URL of the AU\'s page' }),
  actor: AgentSchema.optional(),
  learnerName: z.string().optional(),
  learnerId: z.string().min(1).optional(),
  registration: z.uuid({ error: 'must be a UUID' }).optional(),
  launchMode: z.enum(['Normal', 'Browse', 'Review'], { error: 'must be Normal, Browse or Review' }).default('Normal'),
  moveOn: z.enum(MOVE_ON, { error: `must be one of ${MOVE_ON.join(', ')}` }).default('CompletedOrPassed'),
  masteryScore: z.coerce.number({ error: 'must be a number between 0 and 1' }).min(0).max(1).optional(),
  returnURL: z.url({ error: 'must be an absolute URL' }).optional(),
  launchParameters: z.string().optional(),
  publisherId: z.string().refine(isIri, { message: 'must be an IRI' }).optional(),
});
export type LaunchRequest = z.infer<typeof LaunchRequestSchema>;

export interface LaunchData {
  contextTemplate: { contextActivities: { grouping: Array<{ objectType: 'Activity'; id: string }> }; extensions: Record<string, string> };
  launchMode: LaunchRequest['launchMode'];
  moveOn: MoveOn;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
}

export function launchData(request: LaunchRequest, sessionId: string): LaunchData {
  const data: LaunchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: request.publisherId ?? request.activityId }] },
      extensions: { [SESSION_ID_EXTENSION]: sessionId },
    },
    launchMode: request.launchMode,
    moveOn: request.moveOn,
  };
  if (request.masteryScore !== undefined) data.masteryScore = request.masteryScore;
  if (request.returnURL !== undefined) data.returnURL = request.returnURL;
  if (request.launchParameters !== undefined) data.launchParameters = request.launchParameters;
  return data;
}

export function launchUrl(auUrl: string, params: { endpoint: string; fetch: string; actor: object; registration: string; activityId: string }): string {
  const url = new URL(auUrl);
  url.searchParams.set('endpoint', params.endpoint);
  url.searchParams.set('fetch', params.fetch);
  url.searchParams.set('actor', JSON.stringify(params.actor));
  url.searchParams.set('registration', params.registration);
  url.searchParams.set('activityId', params.activityId);
  return url.toString();
}

/**
 * The read-only resources: Activities (the canonical definition of an activity), Agents (the
 * Person object combining what the LRS knows of an agent) and About (versions, public).
 */
import { z } from 'zod';
import type { ActivityStore } from '../store/store.ts';
import { getActivity } from '../xapi/activity-definitions.ts';
import { isIri } from '../xapi/formats.ts';
import { ActorSchema } from '../xapi/statement-schema.ts';
import { formatIssues } from '../xapi/statement-validation.ts';
import { SUPPORTED_VERSIONS } from '../xapi/versions.ts';
import { invalid } from '../xapi/xapi-error.ts';
import { parameterError } from '../xapi/parameter-issues.ts';
import type { XapiResource } from './xapi-router.ts';

const ActivityParams = z.strictObject({ activityId: z.string({ error: 'is required' }).refine(isIri, { message: 'must be an IRI' }) });
const AgentParams = z.strictObject({ agent: z.string({ error: 'is required: a JSON-encoded Agent' }) });

function parseParams<T>(schema: z.ZodType<T>, query: unknown): T {
  const result = schema.safeParse(query, { reportInput: true });
  if (!result.success) throw parameterError(result.error.issues, 'this resource');
  return result.data;
}

export function lookupResources(activities: ActivityStore): XapiResource[] {
  return [
    {
      path: '/activities',
      handlers: { GET: (call) => ({ status: 200, body: getActivity(activities, parseParams(ActivityParams, call.query).activityId) }) },
    },
    {
      path: '/agents',
      handlers: {
        GET(call) {
          const { agent } = parseParams(AgentParams, call.query);
          let parsed: unknown;
          try {
            parsed = JSON.parse(agent);
          } catch {
            throw invalid('query parameter agent: must be a JSON-encoded Agent, e.g. {"mbox":"mailto:ana@example.com"}');
          }
          const result = ActorSchema.safeParse(parsed, { reportInput: true });
          if (!result.success) throw invalid(formatIssues('query parameter agent', result.error.issues));
          const actor = result.data;
          if (actor.objectType === 'Group') throw invalid('query parameter agent: must be an Agent, not a Group (the Agents resource returns a Person)');
          const person: Record<string, unknown> = { objectType: 'Person' };
          if (actor.name !== undefined) person.name = [actor.name];
          for (const key of ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const) if (actor[key] !== undefined) person[key] = [actor[key]];
          return { status: 200, body: person };
        },
      },
    },
    {
      path: '/about',
      public: true,
      handlers: { GET: () => ({ status: 200, body: { version: [...SUPPORTED_VERSIONS] } }) },
    },
  ];
}

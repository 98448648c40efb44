/**
 * The statements the benchmark stores: a cohort-shaped mix (1,000 learners, 20 verbs, 2,000
 * activities, 500 registrations), generated deterministically so runs compare.
 */
import { randomUUID } from 'node:crypto';

export const BENCH_SHAPE = { agents: 1000, verbs: 20, activities: 2000, registrations: 500 } as const;

const pick = (i: number, n: number, salt: number) => ((i * 2654435761 + salt) >>> 0) % n;
const registrationIds = Array.from({ length: BENCH_SHAPE.registrations }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

export const benchAgent = (i: number) => ({ objectType: 'Agent' as const, name: `Mentor ${i}`, mbox: `mailto:mentor-${i}@school.example.com` });
export const benchVerb = (i: number) => `http://example.com/xapi/verbs/v${i}`;
export const benchActivity = (i: number) => `http://example.com/workmentor/activities/a${i}`;
export const benchRegistration = (i: number) => registrationIds[i % registrationIds.length]!;

export function benchStatement(i: number): Record<string, unknown> {
  const activity = pick(i, BENCH_SHAPE.activities, 7);
  return {
    id: randomUUID(),
    actor: benchAgent(pick(i, BENCH_SHAPE.agents, 1)),
    verb: { id: benchVerb(pick(i, BENCH_SHAPE.verbs, 3)), display: { 'en-US': 'did' } },
    object: { objectType: 'Activity', id: benchActivity(activity) },
    result: { completion: true, success: i % 3 !== 0, score: { scaled: (i % 100) / 100 }, duration: 'PT42S' },
    context: {
      registration: benchRegistration(pick(i, BENCH_SHAPE.registrations, 5)),
      contextActivities: { parent: [{ id: benchActivity(activity - (activity % 10)) }], grouping: [{ id: 'http://example.com/workmentor' }] },
      platform: 'workmentor',
      language: 'en-US',
    },
    timestamp: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
}

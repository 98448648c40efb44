/**
 * The index keys of a statement: what the query filters (agent, verb, activity, registration,
 * related_agents, related_activities) look at, computed here once per statement so the store
 * only has to save and match strings (the lrsql approach: JSON plus indexed columns).
 *
 * - `agent`: IFI of the actor, or of the object when the object is an Agent or Group.
 * - `related-agent`: authority, context instructor and team, group members, and the same
 *   roles inside a SubStatement; related_agents=true matches `agent` or `related-agent`.
 * - `activity`: the object's id; `related-activity`: context activities and SubStatement ones;
 *   related_activities=true matches either.
 * Each value is stored once per kind, which keeps the index rows per statement few.
 */
import { ifiKey } from './agent-ifi.ts';
import type { Activity, Actor, Statement } from './statement-schema.ts';
import { VOIDED_VERB } from './statement-schema.ts';

export type IndexKind = 'agent' | 'related-agent' | 'verb' | 'activity' | 'related-activity' | 'registration';

export interface IndexKey {
  kind: IndexKind;
  value: string;
}

export interface StatementIndex {
  keys: IndexKey[];
  /** id of the statement this one's object refers to (StatementRef), if any. */
  refTarget?: string;
  /** id of the statement this one voids, when it is a voiding statement. */
  voidsTarget?: string;
}

function addActor(keys: Map<string, IndexKey>, actor: Actor | undefined, kind: IndexKind): void {
  if (!actor) return;
  const ifi = ifiKey(actor);
  if (ifi !== undefined) keys.set(`${kind}\u0000${ifi}`, { kind, value: ifi });
  if (actor.objectType === 'Group' && actor.member) {
    for (const member of actor.member) addActor(keys, member, 'related-agent');
  }
}

function asList(value: Activity | Activity[] | undefined): Activity[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function addParts(keys: Map<string, IndexKey>, part: Record<string, unknown>, direct: boolean): void {
  const related = (kind: IndexKind, value: string) => keys.set(`${kind}\u0000${value}`, { kind, value });
  const actorKind: IndexKind = direct ? 'agent' : 'related-agent';
  addActor(keys, part.actor as Actor, actorKind);
  const object = part.object as { objectType?: string; id?: string } & Record<string, unknown>;
  const objectType = object.objectType ?? 'Activity';
  if (objectType === 'Agent' || objectType === 'Group') {
    addActor(keys, object as Actor, actorKind);
  } else if (objectType === 'Activity' && object.id !== undefined) {
    related(direct ? 'activity' : 'related-activity', object.id);
  } else if (objectType === 'SubStatement') {
    addParts(keys, object, false);
  }
  if (direct) related('verb', (part.verb as { id: string }).id);
  const context = part.context as Statement['context'];
  if (context) {
    if (direct && context.registration !== undefined) related('registration', context.registration.toLowerCase());
    addActor(keys, context.instructor as Actor | undefined, 'related-agent');
    addActor(keys, context.team as Actor | undefined, 'related-agent');
    for (const list of Object.values(context.contextActivities ?? {})) {
      for (const activity of asList(list)) related('related-activity', activity.id);
    }
    for (const entry of (context.contextAgents as Array<{ agent: Actor }> | undefined) ?? []) addActor(keys, entry.agent, 'related-agent');
    for (const entry of (context.contextGroups as Array<{ group: Actor }> | undefined) ?? []) addActor(keys, entry.group, 'related-agent');
  }
}

export function indexStatement(statement: Statement): StatementIndex {
  const keys = new Map<string, IndexKey>();
  addParts(keys, statement as unknown as Record<string, unknown>, true);
  addActor(keys, statement.authority, 'related-agent');
  const index: StatementIndex = { keys: [...keys.values()] };
  if (statement.object.objectType === 'StatementRef') {
    index.refTarget = statement.object.id;
    if (statement.verb.id === VOIDED_VERB) index.voidsTarget = statement.object.id;
  }
  return index;
}

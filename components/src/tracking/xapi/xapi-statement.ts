/**
 * The part of the xAPI 1.0.3 statement model our adapters write (valid under 2.0 too), as
 * plain types. Not `@xapi/xapi`'s types: its `LanguageMap` requires a value for every
 * RFC 5646 code it lists, and nothing else from that package ships (see lrs-client.ts).
 */
export type LanguageMap = Record<string, string>;
export type Extensions = Record<string, unknown>;

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  extensions?: Extensions;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Score {
  scaled: number;
  raw: number;
  min: number;
  max: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Extensions;
}

export interface Context {
  registration?: string;
  /** The course's version (xAPI's "revision of the learning activity"): which version a learner passed. */
  revision?: string;
  contextActivities?: { parent?: Activity[]; grouping?: Activity[]; category?: Activity[]; other?: Activity[] };
  language?: string;
  extensions?: Extensions;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
}

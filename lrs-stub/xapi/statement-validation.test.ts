/**
 * One test per statement MUST rule of the xAPI Data section (1.0.3, and 2.0.0 where it
 * differs): each builds a statement that breaks exactly that rule and checks that validation
 * rejects it with a message naming the offending property.
 */
import { describe, expect, it } from 'vitest';
import { validateStatement, validateStatementBody } from './statement-validation.ts';
import type { XapiVersion } from './versions.ts';

const base = () => ({
  actor: { mbox: 'mailto:ana@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  object: { id: 'http://example.com/a' },
});

function rejects(statement: unknown, where: string | RegExp, version: XapiVersion = '1.0.3'): void {
  expect(() => validateStatement(statement, version)).toThrowError(where);
}
function accepts(statement: unknown, version: XapiVersion = '1.0.3'): void {
  expect(() => validateStatement(statement, version)).not.toThrow();
}

describe('statement structure', () => {
  it('accepts a minimal statement (actor, verb, object)', () => accepts(base()));
  it('rejects a statement without an actor', () => rejects({ ...base(), actor: undefined }, 'statement.actor: is required'));
  it('rejects a statement without a verb', () => rejects({ ...base(), verb: undefined }, 'statement.verb: is required'));
  it('rejects a statement without an object', () => rejects({ ...base(), object: undefined }, 'statement.object'));
  it('rejects a statement that is not a JSON object', () => rejects([1, 2], 'statement'));
  it('rejects unknown top-level properties', () => rejects({ ...base(), foo: 1 }, 'statement: has unknown property "foo"'));
  it('rejects properties with null values', () => rejects({ ...base(), result: null }, 'statement.result: must not be null'));
  it('rejects an id that is not a UUID', () => rejects({ ...base(), id: 'not-a-uuid' }, 'statement.id: must be a UUID'));
  it('accepts an id that is a UUID', () => accepts({ ...base(), id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' }));
  it('rejects a version that is not 1.0.x or 2.0.x', () => rejects({ ...base(), version: '0.95' }, 'statement.version'));
  it('XAPI-00101: rejects a 2.0.0 statement version in a 1.0.3 request, and accepts 1.0 and 1.0.9', () => {
    rejects({ ...base(), version: '2.0.0' }, 'statement.version: must be "1.0" or a 1.0.x version string');
    accepts({ ...base(), version: '1.0' });
    accepts({ ...base(), version: '1.0.9' });
    accepts({ ...base(), version: '2.0.0' }, '2.0.0');
  });
  it('rejects an empty batch', () => expect(() => validateStatementBody([], '1.0.3')).toThrowError('batch is empty'));
  it('names the index of the bad statement in a batch', () =>
    expect(() => validateStatementBody([base(), { ...base(), verb: { id: 'no scheme' } }], '1.0.3')).toThrowError('statements[1].verb.id'));
});

describe('actor: Agent and Group', () => {
  it('rejects an Agent with no inverse functional identifier', () => rejects({ ...base(), actor: { name: 'Ana' } }, 'statement.actor: an Agent must have exactly one inverse functional identifier'));
  it('rejects a statement whose actor has two inverse functional identifiers', () =>
    rejects({ ...base(), actor: { mbox: 'mailto:a@b.c', openid: 'http://openid.example.com/ana' } }, /statement\.actor: .*it has 2 \(mbox, openid\)/));
  it('rejects an mbox that is not a "mailto:" IRI', () => rejects({ ...base(), actor: { mbox: 'ana@example.com' } }, 'statement.actor.mbox: must be a "mailto:" IRI'));
  it('rejects an mbox_sha1sum that is not 40 hex digits', () => rejects({ ...base(), actor: { mbox_sha1sum: 'xyz' } }, 'statement.actor.mbox_sha1sum'));
  it('rejects an openid that is not a URI', () => rejects({ ...base(), actor: { openid: 'not a uri' } }, 'statement.actor.openid'));
  it('rejects an account without a name', () => rejects({ ...base(), actor: { account: { homePage: 'http://example.com' } } }, 'statement.actor.account.name: is required'));
  it('rejects an account without a homePage', () => rejects({ ...base(), actor: { account: { name: 'ana' } } }, 'statement.actor.account.homePage: is required'));
  it('rejects an account homePage that is not an IRL', () => rejects({ ...base(), actor: { account: { homePage: 'example', name: 'ana' } } }, 'statement.actor.account.homePage'));
  it('rejects an Agent with an objectType other than "Agent"', () => rejects({ ...base(), actor: { objectType: 'Person', mbox: 'mailto:a@b.c' } }, 'statement.actor.objectType'));
  it('rejects an Agent name that is not a string', () => rejects({ ...base(), actor: { mbox: 'mailto:a@b.c', name: 5 } }, 'statement.actor.name'));
  it('rejects an anonymous Group without members', () => rejects({ ...base(), actor: { objectType: 'Group', name: 'team' } }, 'statement.actor.member'));
  it('accepts an anonymous Group with members', () => accepts({ ...base(), actor: { objectType: 'Group', member: [{ mbox: 'mailto:a@b.c' }] } }));
  it('accepts an identified Group without members', () => accepts({ ...base(), actor: { objectType: 'Group', mbox: 'mailto:team@b.c' } }));
  it('rejects a Group with two inverse functional identifiers', () =>
    rejects({ ...base(), actor: { objectType: 'Group', mbox: 'mailto:t@b.c', openid: 'http://o.example.com' } }, /statement\.actor: a Group must have at most one/));
  it('rejects a Group member that is a Group', () =>
    rejects({ ...base(), actor: { objectType: 'Group', member: [{ objectType: 'Group', mbox: 'mailto:t@b.c' }] } }, 'statement.actor.member[0].objectType'));
  it('rejects a Group member without an identifier', () => rejects({ ...base(), actor: { objectType: 'Group', member: [{ name: 'x' }] } }, 'statement.actor.member[0]'));
});

const withContextLanguage = (language: string) => ({ ...base(), context: { language } });

describe('verb', () => {
  it('rejects a verb without an id', () => rejects({ ...base(), verb: { display: { en: 'x' } } }, 'statement.verb.id: is required'));
  it('rejects a verb id that is not an IRI', () => rejects({ ...base(), verb: { id: 'completed' } }, 'statement.verb.id: must be an IRI'));
  it('rejects a verb display that is not a language map', () => rejects({ ...base(), verb: { id: 'http://v.example.com', display: 'done' } }, 'statement.verb.display'));
  it('rejects language map keys that are not RFC 5646 tags', () =>
    rejects({ ...base(), verb: { id: 'http://v.example.com', display: { 'en US': 'done' } } }, 'statement.verb.display["en US"]: keys of a language map must be RFC 5646'));
  it('XAPI-00013: rejects language tags with a repeated extension singleton or variant, and accepts the RFC 5646 examples', () => {
    for (const tag of ['ar-a-aaa-b-bbb-a-ccc', 'zh-z-aaa-z-bbb-c-ccc', 'de-419-DE', 'a-DE', 'sl-rozaj-rozaj']) {
      rejects({ ...base(), verb: { id: 'http://v.example.com', display: { [tag]: 'done' } } }, `statement.verb.display["${tag}"]: keys of a language map must be RFC 5646`);
      rejects(withContextLanguage(tag), 'statement.context.language');
    }
    for (const tag of ['i-enochian', 'zh-cmn-Hans-CN', 'sl-rozaj-biske', 'hy-Latn-IT-arevela', 'az-Arab-x-AZE-derbend', 'x-whatever', 'en-a-bbbbb-b-bbbbb']) {
      accepts({ ...base(), verb: { id: 'http://v.example.com', display: { [tag]: 'done' } } });
    }
  });
  it('rejects language map values that are not strings', () => rejects({ ...base(), verb: { id: 'http://v.example.com', display: { en: 1 } } }, 'statement.verb.display.en'));
  it('rejects unknown verb properties', () => rejects({ ...base(), verb: { id: 'http://v.example.com', name: 'x' } }, 'statement.verb: has unknown property "name"'));
  it('XAPI-00001: rejects an empty language map in a verb display, an activity name or description, in both versions', () => {
    for (const version of ['1.0.3', '2.0.0'] as const) {
      rejects({ ...base(), verb: { id: 'http://v.example.com', display: {} } }, 'statement.verb.display: must be a language map with at least one entry', version);
      rejects({ ...base(), object: { id: 'http://example.com/a', definition: { name: {} } } }, 'statement.object.definition.name', version);
      rejects({ ...base(), object: { id: 'http://example.com/a', definition: { description: {} } } }, 'statement.object.definition.description', version);
    }
  });
});

describe('object', () => {
  it('rejects an Activity without an id', () => rejects({ ...base(), object: { objectType: 'Activity' } }, 'statement.object.id: is required'));
  it('rejects an Activity id that is not an IRI', () => rejects({ ...base(), object: { id: 'activity 1' } }, 'statement.object.id'));
  it('rejects an unknown objectType', () => rejects({ ...base(), object: { objectType: 'Thing', id: 'http://x.example.com' } }, 'statement.object.objectType'));
  it('rejects an Agent object without objectType "Agent" being a valid Agent', () => rejects({ ...base(), object: { objectType: 'Agent', name: 'x' } }, 'statement.object'));
  it('rejects a StatementRef whose id is not a UUID', () => rejects({ ...base(), object: { objectType: 'StatementRef', id: '123' } }, 'statement.object.id: must be a UUID'));
  it('rejects an activity definition type that is not an IRI', () => rejects({ ...base(), object: { id: 'http://a.example.com', definition: { type: 'course' } } }, 'statement.object.definition.type'));
  it('rejects a moreInfo that is not an IRL', () => rejects({ ...base(), object: { id: 'http://a.example.com', definition: { moreInfo: 'page' } } }, 'statement.object.definition.moreInfo'));
  it('rejects an unknown interactionType', () => rejects({ ...base(), object: { id: 'http://a.example.com', definition: { interactionType: 'essay' } } }, 'statement.object.definition.interactionType'));
  it('rejects interaction components not allowed for the interactionType', () =>
    rejects({ ...base(), object: { id: 'http://a.example.com', definition: { interactionType: 'true-false', choices: [{ id: 'a' }] } } }, 'statement.object.definition.choices: is not allowed'));
  it('rejects duplicate interaction component ids', () =>
    rejects({ ...base(), object: { id: 'http://a.example.com', definition: { interactionType: 'choice', choices: [{ id: 'a' }, { id: 'a' }] } } }, 'statement.object.definition.choices[1].id'));
  it('rejects a correctResponsesPattern that is not an array of strings', () =>
    rejects({ ...base(), object: { id: 'http://a.example.com', definition: { interactionType: 'choice', correctResponsesPattern: 'a' } } }, 'statement.object.definition.correctResponsesPattern'));
  it('rejects extension keys that are not IRIs', () => rejects({ ...base(), object: { id: 'http://a.example.com', definition: { extensions: { color: 'red' } } } }, 'extension keys must be IRIs'));
  it('accepts any JSON (even null) as an extension value', () => accepts({ ...base(), object: { id: 'http://a.example.com', definition: { extensions: { 'http://e.example.com/x': null } } } }));
});

describe('SubStatement', () => {
  const sub = (extra: Record<string, unknown>) => ({ ...base(), object: { objectType: 'SubStatement', ...base(), ...extra } });
  it('accepts a SubStatement object', () => accepts(sub({})));
  it('rejects a SubStatement that contains a SubStatement', () => rejects(sub({ object: { objectType: 'SubStatement', ...base() } }), 'statement.object.object.objectType: a SubStatement must not contain another SubStatement'));
  it('rejects a SubStatement with an id', () => rejects(sub({ id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' }), 'statement.object: has unknown property "id"'));
  it('rejects a SubStatement with stored', () => rejects(sub({ stored: '2024-01-01T00:00:00Z' }), 'statement.object: has unknown property "stored"'));
  it('rejects a SubStatement with version', () => rejects(sub({ version: '1.0.0' }), 'statement.object: has unknown property "version"'));
  it('rejects a SubStatement with authority', () => rejects(sub({ authority: { mbox: 'mailto:a@b.c' } }), 'statement.object: has unknown property "authority"'));
});

describe('result', () => {
  const withResult = (result: unknown) => ({ ...base(), result });
  it('rejects a scaled score above 1', () => rejects(withResult({ score: { scaled: 1.5 } }), 'statement.result.score.scaled: must be between -1 and 1'));
  it('rejects a scaled score below -1', () => rejects(withResult({ score: { scaled: -2 } }), 'statement.result.score.scaled'));
  it('rejects a raw score above max', () => rejects(withResult({ score: { raw: 11, min: 0, max: 10 } }), 'statement.result.score.raw: must not be above max'));
  it('rejects a raw score below min', () => rejects(withResult({ score: { raw: -1, min: 0, max: 10 } }), 'statement.result.score.raw: must not be below min'));
  it('rejects min not below max', () => rejects(withResult({ score: { min: 10, max: 10 } }), 'statement.result.score.min'));
  it('rejects success that is not a boolean', () => rejects(withResult({ success: 'yes' }), 'statement.result.success: must be a boolean'));
  it('rejects completion that is not a boolean', () => rejects(withResult({ completion: 1 }), 'statement.result.completion'));
  it('rejects a duration that is not ISO 8601', () => rejects(withResult({ duration: '90 seconds' }), 'statement.result.duration: must be an ISO 8601 duration'));
  it('accepts an ISO 8601 duration', () => accepts(withResult({ duration: 'PT1M30.5S' })));
  it('rejects weeks mixed with other units (ISO 8601:2004 4.4.3.2 allows PnW only alone), in both versions', () => {
    for (const version of ['1.0.3', '2.0.0'] as const) {
      rejects(withResult({ duration: 'P1Y1W' }), 'statement.result.duration: must be an ISO 8601 duration', version);
      accepts({ ...withResult({ duration: 'P2W' }) }, version);
    }
  });
});

describe('context', () => {
  const withContext = (context: unknown, object: unknown = { id: 'http://a.example.com' }) => ({ ...base(), object, context });
  it('rejects a registration that is not a UUID', () => rejects(withContext({ registration: 'r1' }), 'statement.context.registration: must be a UUID'));
  it('rejects revision when the object is not an Activity', () => rejects(withContext({ revision: '2' }, { objectType: 'Agent', mbox: 'mailto:b@b.c' }), 'statement.context.revision: must not be used'));
  it('rejects platform when the object is not an Activity', () =>
    rejects(withContext({ platform: 'web' }, { objectType: 'StatementRef', id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' }), 'statement.context.platform: must not be used'));
  it('rejects a team that is not a Group', () => rejects(withContext({ team: { mbox: 'mailto:a@b.c' } }), 'statement.context.team'));
  it('XAPI-00001: rejects an empty contextActivities object, in the statement and in a SubStatement', () => {
    rejects(withContext({ contextActivities: {} }), 'statement.context.contextActivities: must hold at least one of parent, grouping, category, other');
    rejects({ ...base(), object: { objectType: 'SubStatement', ...base(), context: { contextActivities: {} } } }, 'statement.object.context.contextActivities');
  });
  it('rejects unknown contextActivities keys', () => rejects(withContext({ contextActivities: { sibling: { id: 'http://a.example.com' } } }), 'statement.context.contextActivities: has unknown property "sibling"'));
  it('rejects a context activity without an id', () => rejects(withContext({ contextActivities: { parent: [{ objectType: 'Activity' }] } }), 'statement.context.contextActivities.parent'));
  it('rejects a language that is not an RFC 5646 tag', () => rejects(withContext({ language: 'english please' }), 'statement.context.language'));
  it('rejects a context statement that is not a StatementRef', () => rejects(withContext({ statement: { id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' } }), 'statement.context.statement.objectType'));
  it('rejects contextAgents in 1.0.3', () => rejects(withContext({ contextAgents: [] }), 'statement.context: has unknown property "contextAgents"'));
  it('accepts contextAgents in 2.0.0', () => accepts(withContext({ contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:m@b.c' }, relevantTypes: ['http://t.example.com'] }] }), '2.0.0'));
  it('rejects empty relevantTypes in 2.0.0', () =>
    rejects(withContext({ contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:m@b.c' }, relevantTypes: [] }] }), 'relevantTypes', '2.0.0'));
});

describe('timestamps', () => {
  it('rejects a timestamp that is not ISO 8601', () => rejects({ ...base(), timestamp: 'yesterday' }, 'statement.timestamp'));
  it('rejects a timestamp with a "-00:00" offset', () => rejects({ ...base(), timestamp: '2024-05-01T10:00:00-00:00' }, 'statement.timestamp'));
  it('rejects an impossible date', () => rejects({ ...base(), timestamp: '2024-13-01T10:00:00Z' }, 'statement.timestamp'));
  it('accepts a timestamp without offset in 1.0.3', () => accepts({ ...base(), timestamp: '2024-05-01T10:00:00.123' }));
  it('rejects a timestamp without offset in 2.0.0', () => rejects({ ...base(), timestamp: '2024-05-01T10:00:00.123' }, 'statement.timestamp: must be an RFC 3339 timestamp', '2.0.0'));
  it('accepts a timestamp with an offset', () => accepts({ ...base(), timestamp: '2024-05-01T10:00:00+02:00' }, '2.0.0'));
});

describe('voiding, authority, attachments', () => {
  it('rejects a voiding statement whose object is not a StatementRef', () =>
    rejects({ ...base(), verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } }, 'statement.object.objectType: must be "StatementRef" in a voiding statement'));
  it('XAPI-00098: rejects a two-member Group authority that also has an identifier of its own', () => {
    const pair = [{ account: { homePage: 'http://example.com/oauth', name: 'consumer' } }, { mbox: 'mailto:bob@example.com' }];
    accepts({ ...base(), authority: { objectType: 'Group', member: pair } });
    for (const ifi of [{ mbox: 'mailto:g@example.com' }, { mbox_sha1sum: 'cd9b00a5611f94eaa7b1661edab976068e364975' }, { openid: 'http://openid.example.org/1' }, { account: { homePage: 'http://example.com', name: 'g' } }]) {
      rejects({ ...base(), authority: { objectType: 'Group', member: pair, ...ifi } }, `statement.authority.${Object.keys(ifi)[0]}: a Group authority must be an anonymous Group`);
    }
  });
  it('rejects a Group authority that does not have exactly two members', () =>
    rejects({ ...base(), authority: { objectType: 'Group', member: [{ mbox: 'mailto:a@b.c' }] } }, 'statement.authority.member'));
  const attachment = { usageType: 'http://example.com/usage', display: { en: 'file' }, contentType: 'text/plain', length: 3, sha2: 'ab12' };
  it('accepts a well-formed attachment', () => accepts({ ...base(), attachments: [attachment] }));
  it('rejects an attachment without usageType', () => rejects({ ...base(), attachments: [{ ...attachment, usageType: undefined }] }, 'statement.attachments[0].usageType: is required'));
  it('rejects an attachment without display', () => rejects({ ...base(), attachments: [{ ...attachment, display: undefined }] }, 'statement.attachments[0].display: is required'));
  it('rejects an attachment length that is not an integer', () => rejects({ ...base(), attachments: [{ ...attachment, length: 1.5 }] }, 'statement.attachments[0].length'));
  it('rejects an attachment without sha2', () => rejects({ ...base(), attachments: [{ ...attachment, sha2: undefined }] }, 'statement.attachments[0].sha2: is required'));
  it('rejects an attachment contentType that is not a media type', () => rejects({ ...base(), attachments: [{ ...attachment, contentType: 'text' }] }, 'statement.attachments[0].contentType'));
  it('XAPI-00001: rejects an attachment with an empty display or description', () => {
    rejects({ ...base(), attachments: [{ ...attachment, display: {} }] }, 'statement.attachments[0].display: must be a language map with at least one entry');
    rejects({ ...base(), attachments: [{ ...attachment, description: {} }] }, 'statement.attachments[0].description: must be a language map with at least one entry');
  });
  it('rejects an attachment fileUrl that is not an IRL', () => rejects({ ...base(), attachments: [{ ...attachment, fileUrl: 'file' }] }, 'statement.attachments[0].fileUrl'));
});

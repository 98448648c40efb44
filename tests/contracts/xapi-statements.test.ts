/**
 * Every statement the xAPI and cmi5 adapters can produce for the fixture course, in every
 * locale, validated against the xAPI statement JSON schema (Rustici's `tin-can-json-schema`,
 * xAPI 1.0.1+, draft-04) and against the local LRS's rules for 1.0.3 and 2.0.0. Events come
 * from `everyEvent`, which walks the course, and the suite checks that every learner event
 * type and every quiz kind was among them.
 */
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../build/load/load-course.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import { validateStatement } from '../../lrs-stub/xapi/statement-validation.ts';
import { LEARNER_EVENT_TYPES } from '../../components/src/tracking/learner-event-types.ts';
import { QuizItemKindSchema } from '../../components/src/tracking/learner-event.ts';
import { everyEvent } from '../../components/src/tracking/xapi/test-events.ts';
import { xapiStatements, type XapiMappingContext } from '../../components/src/tracking/xapi/xapi-mapping.ts';
import type { Statement } from '../../components/src/tracking/xapi/xapi-statement.ts';
import { CMI5_CATEGORY, cmi5Statements, definedStatement, type Cmi5MappingContext } from '../../components/src/tracking/cmi5/cmi5-mapping.ts';
import { moduleAuIri, moduleIri } from '../../build/targets/activity-iri.ts';

const require = createRequire(import.meta.url);

/**
 * The schema's parts name each other with draft-04 fragment ids (`"id": "#agent"`, some with
 * a `!`, which newer drafts do not allow as anchors), so they are rewritten to JSON pointers
 * for Ajv 8 (draft-07); the validation rules themselves are unchanged.
 */
function tinCanValidator(): ValidateFunction {
  const schema = require('tin-can-json-schema/1.0.1.json') as Record<string, unknown>;
  const formats = require('tin-can-json-schema/formats.json') as Record<string, string>;
  const pointers = new Map<string, string>();
  const collect = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string' && record.id.startsWith('#')) pointers.set(record.id, pointer);
    for (const [key, value] of Object.entries(record)) collect(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  collect(schema, '#');
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$schema' || (key === 'id' && typeof value === 'string' && value.startsWith('#'))) continue;
      out[key] = key === '$ref' && typeof value === 'string' ? (pointers.get(value) ?? value) : rewrite(value);
    }
    return out;
  };
  // The schema's patterns are written for non-Unicode regular expressions (escapes like \$).
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  for (const [name, pattern] of Object.entries(formats)) ajv.addFormat(name, new RegExp(pattern));
  ajv.addSchema(rewrite(schema) as object, 'tcapi');
  return ajv.compile({ $ref: `tcapi${pointers.get('#statement')}` });
}

const courses: CourseData[] = [];
let validate: ValidateFunction;
beforeAll(async () => {
  const loaded = await loadCourse('tests/fixtures/course');
  if (!loaded.ok) throw new Error('the fixture course does not load');
  courses.push(...loaded.course.source.locales.map((l) => loaded.course.data[l]!));
  validate = tinCanValidator();
});

const actor = { objectType: 'Agent' as const, name: 'Ilse', mbox: 'mailto:ilse@example.org' };
const contexts = (course?: CourseData): XapiMappingContext[] => [
  { actor, registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10', courseIri: 'https://lms.example.org/course/7', entry: 'resume', sessionStart: '2025-06-30T07:00:00.000Z', opened: {}, ...(course ? { course } : {}) },
  { actor: { objectType: 'Agent', account: { homePage: 'https://moodle.example.org', name: '42' } }, courseIri: course?.baseIri ?? 'https://workmentor.example.org/xapi/fixture', entry: 'ab-initio' },
];

function expectValid(statement: Statement): void {
  const ok = validate(statement);
  expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`), JSON.stringify(statement)).toEqual([]);
  expect(() => validateStatement(structuredClone(statement), '1.0.3')).not.toThrow();
  expect(() => validateStatement(structuredClone(statement), '2.0.0')).not.toThrow();
}

describe('xAPI statements (tin-can-json-schema and the LRS rules)', () => {
  it('rejects what it should, so a pass means something', () => {
    const good = xapiStatements({ type: 'launched', at: '2025-06-30T09:15:00.000Z' }, contexts()[0]!)[0]!;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, actor: { mbox: 'ilse@example.org' } })).toBe(false);
    expect(validate({ ...good, result: { duration: '90 seconds' } })).toBe(false);
    expect(validate({ ...good, id: 'not-a-uuid' })).toBe(false);
    expect(validate({ ...good, object: { ...good.object, definition: { type: 'x:y', interactionType: 'essay' } } })).toBe(false);
    expect(validate({ ...good, object: { ...good.object, definition: { interactionType: 'choice', choices: [{ id: 'a', description: 'A' }] } } })).toBe(false);
  });

  it('covers every learner event type and every quiz kind of the fixture course', () => {
    const events = everyEvent(courses[0]!);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(LEARNER_EVENT_TYPES));
    expect(new Set(events.flatMap((e) => (e.type === 'quiz-item-answered' ? [e.kind] : [])))).toEqual(new Set(QuizItemKindSchema.options));
  });

  it('maps every event in every locale to valid statements, with and without course data', () => {
    let checked = 0;
    for (const course of courses) {
      for (const ctx of [...contexts(course), ...contexts()]) {
        for (const event of everyEvent(course)) {
          const statements = xapiStatements(event, ctx);
          expect(statements.length, event.type).toBeGreaterThan(0);
          for (const statement of statements) {
            expectValid(statement);
            checked += 1;
          }
        }
      }
    }
    expect(courses.map((c) => c.locale).sort()).toEqual(['en', 'nb', 'nl']);
    expect(checked).toBeGreaterThan(300);
  });

  it('maps every event to valid cmi5 statements, defined and allowed, with the LMS context template', () => {
    for (const course of courses) {
      const ctx: Cmi5MappingContext = {
        ...contexts(course)[0]!,
        registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10',
        launchData: {
          launchMode: 'Normal',
          masteryScore: 0.8,
          contextTemplate: {
            contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/course/7' }] },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '5f0c8a1e-7d2b-4e4f-9c3a-1b2d3e4f5a6b' },
          },
        },
      };
      const statements = everyEvent(course).flatMap((event) => cmi5Statements(event, ctx, { completed: false, passed: false, failed: false }));
      statements.push(definedStatement('initialized', { type: 'initialized', at: '2025-06-30T09:15:00.000Z' }, ctx));
      expect(new Set(statements.map((s) => s.verb.display['en-US']))).toEqual(
        new Set(['initialized', 'experienced', 'answered', 'scored', 'attempted', 'passed', 'failed', 'responded', 'completed', 'earned', 'suspended', 'terminated']),
      );
      for (const statement of statements) expectValid(statement);
    }
  });

  it("keeps a CATAPULT launch valid and never sends an allowed completed, passed or failed about the AU's own id", () => {
    for (const course of courses) {
      for (const moduleId of course.modules.map((m) => m.id)) {
        // CATAPULT: the actor without objectType, the publisher id (our cmi5.xml AU id) in the
        // template without objectType; here the LMS launches with our AU id as activityId, as
        // lrs-stub does, which is where an AU id equal to the module IRI went wrong.
        const auId = moduleAuIri(course, moduleId);
        const ctx: Cmi5MappingContext = {
          actor: JSON.parse('{"account":{"homePage":"https://moodle.example.org","name":"ilse.peeters"}}'),
          registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10',
          courseIri: auId,
          course: { ...course, modules: course.modules.filter((m) => m.id === moduleId) },
          sessionStart: '2025-06-30T07:00:00.000Z',
          launchData: {
            launchMode: 'Normal',
            moveOn: 'Completed',
            contextTemplate: { contextActivities: { grouping: [{ id: auId } as never] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '5f0c8a1e-7d2b-4e4f-9c3a-1b2d3e4f5a6b' } },
          },
        };
        const events = everyEvent(course).filter((e) => !('moduleId' in e) || e.moduleId === moduleId);
        const statements = events.flatMap((event) => cmi5Statements(event, ctx, { completed: false, passed: false, failed: false }));
        for (const statement of statements) {
          expectValid(statement);
          const defined = statement.context?.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY);
          // An allowed completed/passed/failed about the AU would pass for its cmi5 one, with the LMS and with the tracker.
          if (!defined && /\/(completed|passed|failed)$/.test(statement.verb.id)) expect(statement.object.id, JSON.stringify(statement.object)).not.toBe(auId);
        }
        expect(statements.some((s) => s.verb.display['en-US'] === 'completed' && s.object.id === moduleIri(course, moduleId))).toBe(true);
      }
    }
  });
});

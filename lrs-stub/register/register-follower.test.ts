/**
 * The follower: every learner the course packages report as passed is registered from the
 * statements, once, with what the statements say (and the configured course version, which
 * they do not say); voided statements register nobody, and a voiding after the fact revokes
 * with a reason instead of deleting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FOLLOWER_ACTOR, registerFollower, VOIDED_REASON } from './register-follower.ts';
import { courseActivityIds } from './register-course.ts';
import { openRegisterStore } from './register-store.ts';
import {
  ana,
  BASE_IRI,
  bram,
  certificateEarned,
  cmi5Passed,
  coursePassed,
  courseFailed,
  quizPassed,
  voiding,
} from './register-statements.test-support.ts';
import { type RegisterHarness, registerHarness, testCourse } from './test-register.ts';

let harness: RegisterHarness;
afterEach(async () => {
  await harness?.close();
});

const entries = () => harness.mounted.register.search({ status: 'all' }).entries;

describe('register follower', () => {
  it('registers a learner whose package reported the course passed, from what the statements say', async () => {
    harness = await registerHarness();
    await harness.send([...quizPassed({ actor: ana, locale: 'nl' }), ...coursePassed({ actor: ana, locale: 'nl', at: '2026-07-01T00:30:00+02:00' }), ...certificateEarned({ actor: ana, locale: 'nl' })]);
    expect(entries()).toEqual([
      expect.objectContaining({
        name: 'Ana Mentor',
        identifier: 'ana.mentor@example.org',
        identifierType: 'emailAddress',
        // The learner's own day, although it was still 30 June in UTC.
        awardedOn: '2026-07-01',
        awardedAt: '2026-06-30T22:30:00.000Z',
        language: 'nl',
        // Statements carry no course version: the register's configured one is recorded.
        courseVersion: testCourse().version,
        source: 'lrs',
        status: 'active',
      }),
    ]);
    expect(entries()[0]!.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('does not register a failed course, nor the final quiz\'s own passed without the course', async () => {
    harness = await registerHarness();
    await harness.send([...courseFailed({ actor: ana }), ...quizPassed({ actor: bram })]);
    expect(entries()).toEqual([]);
  });

  it('recognises the course under the activity id an LMS gave it, and an LMS account as identifier', async () => {
    harness = await registerHarness();
    await harness.send(coursePassed({ actor: bram, courseIri: 'https://moodle.school.example.org/mod/scorm/view.php?id=7', locale: 'nb' }));
    expect(entries()).toEqual([expect.objectContaining({ identifier: '1042 @ https://moodle.school.example.org', identifierType: 'accountId', name: 'Bram de Vries', language: 'nb' })]);
  });

  it('registers a cmi5 pass of the whole-course AU, whatever AU id the LMS chose, but not of a module AU', async () => {
    harness = await registerHarness();
    await harness.send([cmi5Passed({ actor: ana }), cmi5Passed({ actor: bram, publisherId: `${BASE_IRI}/evaluating/au`, registration: '7f1b7c3e-2d4a-4b7e-9c1a-0a1b2c3d4e5f' })]);
    expect(entries().map((e) => e.identifier)).toEqual(['ana.mentor@example.org']);
    expect(entries()[0]!.language).toBe(testCourse().sourceLocale);
  });

  it('registers a learner who passed twice once, and a second catch-up reads nothing again', async () => {
    harness = await registerHarness();
    await harness.send(coursePassed({ actor: ana, registration: '11111111-1111-4111-8111-111111111111' }));
    await harness.send(coursePassed({ actor: ana, registration: '22222222-2222-4222-8222-222222222222', at: '2026-08-01T10:00:00Z' }));
    expect(entries()).toHaveLength(1);
    expect(entries()[0]!.awardedOn).toBe('2026-06-30');
    const again = await harness.mounted.follower.catchUp();
    expect(again).toEqual({ registered: 0, revoked: 0, seq: harness.store.statements.lastSeq() });
  });

  it('ignores a pass that was voided before the register read it', async () => {
    harness = await registerHarness();
    const [completed, passed] = coursePassed({ actor: ana });
    await harness.send([completed!, passed!, voiding(passed!.id!)], { catchUp: false });
    await harness.mounted.follower.catchUp();
    expect(entries()).toEqual([]);
  });

  it('revokes, with the reason, a certificate whose passing statement is voided later; the entry stays', async () => {
    harness = await registerHarness();
    const statements = coursePassed({ actor: ana });
    await harness.send(statements);
    const code = entries()[0]!.code;
    await harness.send([voiding(statements[1]!.id!)]);
    expect(harness.mounted.register.get(code)).toMatchObject({
      status: 'revoked',
      revokedReason: `${VOIDED_REASON} (statement ${statements[1]!.id})`,
      revokedBy: FOLLOWER_ACTOR,
    });
  });

  it('keeps the certificate when the learner has another pass on record, and points it there', async () => {
    harness = await registerHarness();
    const first = coursePassed({ actor: ana, registration: '11111111-1111-4111-8111-111111111111' });
    const second = coursePassed({ actor: ana, registration: '22222222-2222-4222-8222-222222222222', at: '2026-08-01T10:00:00Z' });
    await harness.send([...first, ...second]);
    await harness.send([voiding(first[1]!.id!)]);
    expect(entries()).toEqual([expect.objectContaining({ status: 'active', sourceRef: second[1]!.id })]);
  });

  it('coalesces scheduled catch-ups in one turn into one', async () => {
    harness = await registerHarness();
    await harness.mounted.follower.idle();
    await harness.send(coursePassed({ actor: ana }), { catchUp: false });
    let queries = 0;
    const query = harness.store.statements.query.bind(harness.store.statements);
    harness.store.statements.query = (filter) => ((queries += 1), query(filter));
    for (let i = 0; i < 5; i += 1) harness.mounted.follower.scheduleCatchUp();
    await harness.mounted.follower.idle();
    // One catch-up: one query for passes, one for voidings.
    expect(queries).toBe(2);
    expect(entries()).toHaveLength(1);
  });

  it('pages through a long backlog with the cursor moving with each page, and resumes where it stopped', async () => {
    harness = await registerHarness();
    const learners = Array.from({ length: 7 }, (_, i) => ({ objectType: 'Agent' as const, name: `Mentor ${i}`, mbox: `mailto:mentor${i}@example.org` }));
    await harness.send(learners.flatMap((actor) => coursePassed({ actor })), { catchUp: false });
    const register = openRegisterStore({ path: ':memory:' });
    const options = { statements: harness.store.statements, register, courseIds: courseActivityIds(testCourse()), courseVersion: '9.9.9', defaultLanguage: 'en', pageSize: 2 };
    const seqs: number[] = [];
    const setSeq = register.setFollowerSeq.bind(register);
    register.setFollowerSeq = (seq) => (seqs.push(seq), setSeq(seq));
    expect(await registerFollower(options).catchUp()).toMatchObject({ registered: 7, revoked: 0 });
    expect(seqs.length).toBe(4);
    expect(seqs.at(-1)).toBe(harness.store.statements.lastSeq());
    // A new follower over the same register (a restart) finds nothing new.
    expect(await registerFollower(options).catchUp()).toMatchObject({ registered: 0 });
    // The version the statements name (context.revision) wins over the configured one.
    expect(register.search({ status: 'all' }).entries.map((e) => e.courseVersion)).toEqual(Array(7).fill('1.0.0'));
    register.close();
  });

  it('records the course version the pass statement names, and the configured one when it names none', async () => {
    harness = await registerHarness();
    const passed = coursePassed({ actor: ana });
    const tagged = passed.map((s) => ({ ...s, context: { ...s.context, revision: '2.3.1' } }));
    const untagged = coursePassed({ actor: bram }).map((s) => {
      const { revision: _revision, ...context } = s.context!;
      return { ...s, context };
    });
    await harness.send([...tagged, ...untagged]);
    const versions = Object.fromEntries(entries().map((e) => [e.identifier, e.courseVersion]));
    expect(versions).toEqual({ 'ana.mentor@example.org': '2.3.1', '1042 @ https://moodle.school.example.org': testCourse().version });
  });

  it('issues the credential of each new entry right after registering it', async () => {
    harness = await registerHarness();
    await harness.send(coursePassed({ actor: ana }));
    expect(entries()[0]!.credentialJwt).toMatch(/^ey[\w-]+\.ey[\w-]+\.[\w-]+$/);
  });
});

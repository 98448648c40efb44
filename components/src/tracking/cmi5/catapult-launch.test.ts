import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../build/load/load-course.ts';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import { MemoryStorage } from '../offline/memory-storage.ts';
import { Cmi5Tracker } from './cmi5-tracker.ts';
import { CATAPULT_ACTIVITY_ID, catapultPlayer, CTS_ACTOR, MOODLE_ACTOR, type CatapultLaunch } from './test-catapult-player.ts';

let course: CourseData;
beforeAll(async () => {
  const loaded = await loadCourse('tests/fixtures/course');
  if (!loaded.ok) throw new Error('fixture course does not load');
  course = loaded.course.data.en!;
});

const PUBLISHER_AU = 'https://workmentor.example.org/xapi/fixture/first-weeks/au';
const at = '2025-06-30T09:15:00.000Z';
const later = '2025-06-30T09:45:00.000Z';

function launch(fields: Partial<CatapultLaunch> = {}) {
  const player = catapultPlayer({ publisherId: PUBLISHER_AU, actor: MOODLE_ACTOR, masteryScore: null, moveOn: 'Completed', ...fields });
  const redirects: string[] = [];
  let clock = at;
  const au = new Cmi5Tracker({ url: player.url, fetch: player.fetch, storage: new MemoryStorage(), redirect: (url) => redirects.push(url), now: () => clock });
  au.useCourse(course);
  return { player, au, redirects, tick: () => (clock = later) };
}

const verbs = (texts: string[]) => texts.map((text) => (JSON.parse(text) as { verb: { display: Record<string, string> } }).verb.display['en-US']);
/** The raw `"actor":{…}` text of a statement body. */
const actorText = (body: string) => {
  const start = body.indexOf('"actor":') + '"actor":'.length;
  let depth = 0;
  for (let i = start; i < body.length; i++) {
    if (body[i] === '{') depth++;
    if (body[i] === '}' && --depth === 0) return body.slice(start, i + 1);
  }
  return '';
};
const experienced: LearnerEvent = { type: 'activity-experienced', at, moduleId: 'first-weeks', activityId: 'welcome', activityType: 'page' };
const done = (score?: number): LearnerEvent => ({ type: 'course-status', at: later, complete: true, passed: true, progressMeasure: 1, lmsStatus: score === undefined ? 'completed' : 'passed', ...(score === undefined ? {} : { score }) });

describe('Cmi5Tracker launched by CATAPULT', () => {
  it('records to the LMS when LMS.LaunchData says "masteryScore": null (an AU without a mastery score)', async () => {
    const { player, au, tick } = launch();
    const info = await au.start();
    expect(info).toMatchObject({ learner: { id: 'ilse.peeters' }, mode: 'normal', entry: 'ab-initio' });
    await au.record(experienced);
    await au.record(done());
    tick();
    await au.finish();
    expect(player.refused).toEqual([]);
    expect(verbs(player.statements)).toEqual(['initialized', 'experienced', 'completed', 'terminated']);
    // Defined statements are about CATAPULT's own AU id and carry the publisher id from the template.
    const completed = JSON.parse(player.statements[2]!);
    expect(completed.object.id).toBe(CATAPULT_ACTIVITY_ID);
    expect(completed.context.contextActivities.grouping[0]).toEqual({ id: PUBLISHER_AU });
    expect(completed.context.extensions).not.toHaveProperty('https://w3id.org/xapi/cmi5/context/extensions/masteryscore');
    expect(completed.result).toEqual({ completion: true, duration: 'PT1800S' });
  });

  it('judges passed by a mastery score when LMS.LaunchData has one, and says so in the statement', async () => {
    const { player, au, tick } = launch({ masteryScore: 0.8, moveOn: 'Passed', returnURL: 'https://moodle.example.org/mod/cmi5launch/view.php?id=7' });
    await au.start();
    tick();
    await au.record(done(85));
    await au.finish();
    expect(player.refused).toEqual([]);
    expect(verbs(player.statements)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    const passed = JSON.parse(player.statements[2]!);
    expect(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.85 }, duration: 'PT1800S' });
  });

  for (const [label, actor] of [
    ["Moodle's cmi5 plugin (account only, no objectType)", MOODLE_ACTOR],
    ["CATAPULT's test suite (name first, objectType last)", CTS_ACTOR],
  ] as const) {
    it(`uses the launch actor of ${label} byte for byte in statements and every agent parameter`, async () => {
      const { player, au } = launch({ actor });
      await au.start();
      await au.record(experienced);
      await au.saveState('1A7y.');
      await au.finish();
      expect(player.refused).toEqual([]);
      const agents = player.requests.filter((r) => r.url.searchParams.has('agent'));
      // LMS.LaunchData, learner preferences, resume state (read and write), and the completed/passed/failed look-ups.
      expect(agents.map((r) => `${r.method} ${r.url.pathname.split('/lrs/')[1]}`).sort()).toEqual(
        ['GET activities/state', 'GET activities/state', 'PUT activities/state', 'GET agents/profile', 'GET statements', 'GET statements', 'GET statements'].sort(),
      );
      for (const request of agents) expect(request.url.searchParams.get('agent')).toBe(actor);
      expect(player.statements).toHaveLength(3);
      for (const body of player.statements) expect(actorText(body)).toBe(actor);
    });
  }

  it('adds no objectType and drops no field it does not know (a launch actor with an extra property)', async () => {
    const actor = '{"account":{"homePage":"https://lms.example.org","name":"42","x-tenant":"north"},"name":"Ilse","x-lms-user":42}';
    const { player, au } = launch({ actor });
    await au.start();
    expect(player.refused).toEqual([]);
    expect(actorText(player.statements[0]!)).toBe(actor);
  });
});

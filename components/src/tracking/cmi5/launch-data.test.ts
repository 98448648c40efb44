import { describe, expect, it } from 'vitest';
import { LaunchError } from '../xapi/launch-params.ts';
import { readLaunchData } from './launch-data.ts';
import { catapultLaunchData } from './test-catapult-player.ts';

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const AU = 'https://workmentor.example.org/xapi/workmentor/first-weeks/au';
const template = { contextActivities: { grouping: [{ id: AU }] }, extensions: { [SESSION]: 'f1c1c0de-7e57-4a11-9e55-000000000001' } };

describe('readLaunchData', () => {
  it("takes CATAPULT's document for an AU without a mastery score: masteryScore null, entitlementKey {}, no launchParameters", () => {
    const doc = JSON.parse(catapultLaunchData({ publisherId: AU, actor: '{}', masteryScore: null, moveOn: 'Completed' }, 'f1c1c0de-7e57-4a11-9e55-000000000001'));
    expect(doc).toMatchObject({ masteryScore: null, entitlementKey: {} });
    expect(Object.keys(doc)).toEqual(['launchMode', 'masteryScore', 'moveOn', 'contextTemplate', 'entitlementKey']);
    expect(readLaunchData(doc)).toEqual({ contextTemplate: template, launchMode: 'Normal', moveOn: 'Completed' });
  });

  it("takes CATAPULT's document with a mastery score and a returnURL", () => {
    const doc = JSON.parse(catapultLaunchData({ publisherId: AU, actor: '{}', masteryScore: 0.8, moveOn: 'Passed', returnURL: 'https://moodle.example.org/mod/cmi5launch/view.php?id=7' }, 'f1c1c0de-7e57-4a11-9e55-000000000001'));
    expect(readLaunchData(doc)).toEqual({ contextTemplate: template, launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, returnURL: 'https://moodle.example.org/mod/cmi5launch/view.php?id=7' });
  });

  it('treats every optional field given as null as not given, and keeps what is well formed', () => {
    const nulls = { contextTemplate: template, launchMode: 'Browse', masteryScore: null, moveOn: null, returnURL: null, launchParameters: null, entitlementKey: null };
    expect(readLaunchData(nulls)).toEqual({ contextTemplate: template, launchMode: 'Browse' });
    expect(readLaunchData({ contextTemplate: template, launchMode: 'Review' })).toEqual({ contextTemplate: template, launchMode: 'Review' });
    const full = { ...nulls, masteryScore: 0, moveOn: 'CompletedOrPassed', launchParameters: 'lang=nb', entitlementKey: { courseStructure: 'xyz-123', alternate: null } };
    expect(readLaunchData(full)).toEqual({ contextTemplate: template, launchMode: 'Browse', masteryScore: 0, moveOn: 'CompletedOrPassed', launchParameters: 'lang=nb', entitlementKey: { courseStructure: 'xyz-123' } });
  });

  it('drops optional fields the AU cannot use instead of refusing the launch', () => {
    const data = readLaunchData({ contextTemplate: {}, launchMode: 'Normal', moveOn: 'Sometimes', returnURL: 'javascript:alert(1)', launchParameters: 7, entitlementKey: 'abc', launchMethod: 'AnyWindow' });
    expect(data).toEqual({ contextTemplate: {}, launchMode: 'Normal' });
  });

  it('leaves null members out of the context template (xAPI has no null context property)', () => {
    const data = readLaunchData({ contextTemplate: { ...template, contextActivities: { grouping: template.contextActivities.grouping, parent: null }, instructor: null }, launchMode: 'Normal' });
    expect(data.contextTemplate).toEqual(template);
  });

  it('refuses what it cannot send correct statements without, naming every problem and what it got', () => {
    expect(() => readLaunchData({ contextTemplate: null, launchMode: 'Sideways', masteryScore: 3 })).toThrow(
      'LMS.LaunchData cannot be used: contextTemplate must be an object, got null; launchMode must be Normal, Browse or Review, got "Sideways"; masteryScore must be a number from 0 to 1 (or absent or null), got 3.',
    );
    expect(() => readLaunchData({ contextTemplate: template, launchMode: 'Normal', masteryScore: '0.8' })).toThrow(/masteryScore must be a number from 0 to 1 \(or absent or null\), got "0.8"/);
    expect(() => readLaunchData({ contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity' }] } }, launchMode: 'Normal' })).toThrow(/contextActivities must hold activities with an id/);
    expect(() => readLaunchData({ contextTemplate: { extensions: [] }, launchMode: 'Normal' })).toThrow(/contextTemplate.extensions must be an object/);
  });

  it('says plainly when the LMS wrote no document at all', () => {
    expect(() => readLaunchData(undefined)).toThrow(LaunchError);
    expect(() => readLaunchData(undefined)).toThrow('LMS.LaunchData cannot be used: the LMS wrote no LMS.LaunchData document for this launch; launch the course again from the LMS.');
    expect(() => readLaunchData(null)).toThrow(/the LMS wrote null, not a JSON object/);
  });
});

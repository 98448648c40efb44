import { describe, expect, it } from 'vitest';
import { COURSE_TYPE, MODULE_TYPE, placeStatement, type KnownIris, type PlacementInput } from './placement.ts';

const BASE = 'https://workmentor.example.org/xapi/course';
const LMS = 'https://lms.example.org/mod/xapi/view.php?id=42';
const nothingKnown: KnownIris = { isCourse: () => false, moduleOf: () => undefined };
const input = (objectId: string, parents: string[], groupings: string[], more: Partial<PlacementInput> = {}): PlacementInput => ({ objectId, objectType: undefined, parents, groupings, categories: [], ...more });
const place = (i: PlacementInput, known = nothingKnown) => placeStatement(i, known)?.placement;

describe('placing a statement in the course', () => {
  it('reads module, activity and part from the IRIs and context activities our packages send', () => {
    expect(place(input(`${BASE}/intro`, [BASE], [BASE]))).toEqual({ level: 'module', module: 'intro', activity: '', part: '' });
    expect(place(input(`${BASE}/intro/quiz`, [`${BASE}/intro`], [BASE]))).toEqual({ level: 'activity', module: 'intro', activity: 'quiz', part: '' });
    expect(place(input(`${BASE}/intro/quiz/q1`, [`${BASE}/intro/quiz`], [`${BASE}/intro`, BASE]))).toEqual({ level: 'part', module: 'intro', activity: 'quiz', part: 'q1' });
    expect(place(input(BASE, [], [], { objectType: COURSE_TYPE }))).toEqual({ level: 'course', module: '', activity: '', part: '' });
  });

  it('places statements launched under an LMS activity id that is not the base IRI', () => {
    expect(place(input(`${BASE}/intro/quiz`, [`${BASE}/intro`], [LMS]))?.module).toBe('intro');
    expect(place(input(`${BASE}/intro/quiz/q1`, [`${BASE}/intro/quiz`], [`${BASE}/intro`, LMS]))?.part).toBe('q1');
    // The module's own completion: typed as a module, or known from earlier statements.
    expect(place(input(`${BASE}/intro`, [LMS], [LMS], { objectType: MODULE_TYPE }))?.level).toBe('module');
    const learned = placeStatement(input(`${BASE}/intro/quiz`, [`${BASE}/intro`], [LMS]), nothingKnown)!.learned;
    const known: KnownIris = { isCourse: (iri) => learned.courses.includes(iri), moduleOf: (iri) => learned.modules.find((m) => m.iri === iri)?.module };
    expect(place(input(`${BASE}/intro`, [LMS], [LMS]), known)?.level).toBe('module');
    expect(place(input(LMS, [], []), known)?.level).toBe('course');
  });

  it('places cmi5 statements whatever the LMS put in front of the context activities', () => {
    const au = `${BASE}/au`;
    const catapult = 'https://catapult.example.org/course/7/au/0';
    expect(place(input(`${BASE}/intro/quiz/q1`, [`${BASE}/intro/quiz`], [au, `${BASE}/intro`, catapult]))).toMatchObject({ module: 'intro', activity: 'quiz', part: 'q1' });
    expect(place(input(`${BASE}/intro/quiz`, [`${BASE}/intro`], [au, catapult]))).toMatchObject({ level: 'activity', module: 'intro', activity: 'quiz' });
    expect(place(input(catapult, [], [au], { categories: ['https://w3id.org/xapi/cmi5/context/categories/cmi5'] }))?.level).toBe('course');
  });

  it('leaves statements it cannot place unplaced', () => {
    expect(place(input('https://other.example.org/thing', [], []))).toBeUndefined();
    expect(place(input('urn:x:1', ['urn:x'], []))).toBeUndefined();
  });
});

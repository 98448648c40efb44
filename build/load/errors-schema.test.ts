/** Loader errors where a value does not fit the content model, pinned by name, position and wording. */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { pins, positionOf, problemsOf, removeTempCourses, TINY_COURSE, tinyModule } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const MODULE = 'modules/m/module.yaml';

const reflection = (fields: string): string => `  - id: think
    type: reflection
    title: Think back
${fields}`;

describe('loader: schema errors', () => {
  it('UnknownField: a typo gets "did you mean" and the exact key position', async () => {
    const text = tinyModule(reflection('    prompts:\n      - id: first\n        txt: What went well?\n'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error UnknownField  modules/m/module.yaml:17:9',
        '  Prompt "first" in reflection "think" has a field `txt` that is not allowed here. Did you mean `text`?',
        '  why: an unknown field is never read, so what it holds would silently be missing for the learner.',
        '  fix: rename it to `text`.',
        '   15 |     prompts:',
        '   16 |       - id: first',
        ' > 17 |         txt: What went well?',
        '      |         ^^^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('UnknownField: without a likely typo it lists the allowed fields', async () => {
    const problems = await problemsOf({ 'course.yaml': `${TINY_COURSE}colour: blue\n` });
    expect(pins(problems)).toEqual(['UnknownField course.yaml:15:1']);
    expect(problems[0]!.what).toBe('The course has a field `colour` that is not allowed here.');
    expect(problems[0]!.fix).toBe(
      'remove it, or use one of the fields allowed here: id, version, title, description, cover, sourceLocale, locales, baseIri, competences, modules, completion, mastery, reporting, finalAssessment, theme, standard.',
    );
  });

  it('MissingField: points at the entry that lacks the field and says what to add', async () => {
    const text = tinyModule('  - id: think\n    type: reflection\n    prompts:\n      - id: first\n        text: What went well?\n');
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual(['MissingField modules/m/module.yaml:12:5']);
    expect(problems[0]!.what).toBe('Reflection "think" has no `title`, which is required.');
    expect(problems[0]!.fix).toBe('add `title:` with text.');
  });

  it('MissingField: an activity without a type lists the types', async () => {
    const problems = await problemsOf({ [MODULE]: tinyModule('  - id: think\n    title: Think\n') });
    expect(pins(problems)).toEqual(['MissingField modules/m/module.yaml:12:5']);
    expect(problems[0]!.fix).toBe('add `type:` with one of: page, dialogue, feedback-exercise, quiz, reflection, certificate.');
  });

  it('InvalidValue: an unknown activity type suggests the closest one', async () => {
    const text = tinyModule('  - id: talk\n    type: dialog\n    title: A talk\n');
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`InvalidValue ${positionOf(MODULE, text, 'dialog')}`]);
    expect(problems[0]!.what).toBe(
      '`type` in activity "talk" is "dialog", which is not one of: page, dialogue, feedback-exercise, quiz, reflection, certificate. Did you mean "dialogue"?',
    );
    expect(problems[0]!.fix).toBe('change it to "dialogue".');
  });

  it('InvalidValue: numbers out of range, too few entries and wrong types, all in one run', async () => {
    const text = tinyModule(reflection('    optional: yes\n    prompts:\n      - id: first\n        text: What went well?\n        maxLength: 5000\n'));
    const problems = await problemsOf({ [MODULE]: text, 'course.yaml': TINY_COURSE.replace('passMark: 80', 'passMark: 120') });
    expect(pins(problems)).toEqual([
      'InvalidValue course.yaml:13:13',
      `InvalidValue ${positionOf(MODULE, text, 'yes')}`,
      `InvalidValue ${positionOf(MODULE, text, '5000')}`,
    ]);
    expect(problems.map((p) => p.what)).toEqual([
      '`passMark` in `mastery` in the course must be at most 100, but is 120.',
      '`optional` in reflection "think" should be true or false, but is "yes".',
      '`maxLength` in prompt "first" in reflection "think" must be at most 4000, but is 5000.',
    ]);
    expect(problems[0]!.fix).toBe('use a whole number from 0 to 100.');
  });

  it('InvalidValue: a list with too few entries', async () => {
    const problems = await problemsOf({ [MODULE]: tinyModule(reflection('    prompts: []\n')) });
    expect(problems.map((p) => p.what)).toEqual(['`prompts` in reflection "think" needs at least 1 entry, but has 0.']);
  });

  it('InvalidId: says why ids matter and offers the kebab-case form', async () => {
    const text = tinyModule(reflection('    prompts:\n      - id: What Went Well\n        text: What went well?\n'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`InvalidId ${positionOf(MODULE, text, 'What Went Well')}`]);
    expect(problems[0]!.what).toBe('`id: What Went Well` in prompt 1 in reflection "think" is not kebab-case (lower-case letters, digits and single hyphens).');
    expect(problems[0]!.fix).toBe('use "what-went-well" instead.');
  });

  it('LabelTooLong: names the limit and the actual length', async () => {
    const title = 'A very long title that goes on and on about everything a mentor could ever need to know';
    const text = tinyModule().replace('title: Intro', `title: ${title}`);
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`LabelTooLong ${positionOf(MODULE, text, title)}`]);
    expect(problems[0]!.what).toBe(`The \`title\` of page "intro" is ${title.length} characters long; the limit is 80.`);
    expect(problems[0]!.fix).toBe(`shorten it by at least ${title.length - 80} characters; longer explanations belong in feedback or on a page.`);
  });

  it('DuplicateId: points at the second use and names the line of the first', async () => {
    const text = tinyModule('  - id: intro\n    type: page\n    title: Intro again\n');
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual(['DuplicateId modules/m/module.yaml:12:9']);
    expect(problems[0]!.what).toBe('Activity id "intro" is used twice in the module (first on line 9).');
  });

  it('DuplicateId: ids in nested lists are unique within their parent only', async () => {
    const text = tinyModule(
      reflection('    prompts:\n      - id: first\n        text: One?\n      - id: first\n        text: Two?\n'),
    );
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`DuplicateId ${positionOf(MODULE, text, 'first', 2)}`]);
    expect(problems[0]!.what).toBe('Prompt id "first" is used twice in reflection "think" (first on line 16).');
  });

  it('UnknownCompetence: an objective names a competence course.yaml does not define', async () => {
    const text = tinyModule().replace('competences: [listening]', 'competences: [listning]');
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual(['UnknownCompetence modules/m/module.yaml:7:19']);
    expect(problems[0]!.what).toBe('Objective "listen" names competence "listning", which is not defined in course.yaml. Did you mean "listening"?');
  });
});

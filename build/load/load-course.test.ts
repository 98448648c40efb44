import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialogueBounds } from '../../components/src/runtime/dialogue-graph.ts';
import { CourseDataSchema, type CourseData, type DialogueData, type QuizData } from '../../course/schema/index.ts';
import { loadCourse, type LoadedCourse } from './load-course.ts';
import { pins, problemsOf, removeTempCourses, TINY_COURSE, tinyModule } from './test-support/tiny-course.ts';
import { applyTranslation, extractTexts } from './translatable.ts';

afterAll(removeTempCourses);

const FIXTURE = join(import.meta.dirname, '../../tests/fixtures/course');

async function loadFixture(): Promise<LoadedCourse> {
  const result = await loadCourse(FIXTURE);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.name} ${e.file}:${e.line} ${e.what}`).join('\n'));
  return result.course;
}

const activity = <T>(data: CourseData | undefined, id: string): T => data!.modules[0]!.activities.find((a) => a.id === id) as T;

describe('loadCourse: the fixture course', () => {
  it('loads with no errors and no warnings', async () => {
    const course = await loadFixture();
    expect(course.warnings).toEqual([]);
    expect(course.source.id).toBe('workmentor-fixture');
  });

  it('builds valid course data for en, nl and nb', async () => {
    const { data } = await loadFixture();
    for (const locale of ['en', 'nl', 'nb'] as const) {
      expect(() => CourseDataSchema.parse(data[locale])).not.toThrow();
      expect(data[locale]!.locale).toBe(locale);
    }
    expect(data.nl!.title).toBe('Een leerling begeleiden');
    expect(data.nb!.modules[0]!.title).toBe('De første ukene');
    expect(data.nl!.competences.map((c) => c.title)).toContain('Feedback geven');
  });

  it('translates only text: with the English texts put back, every locale equals the English data', async () => {
    const { data } = await loadFixture();
    const english = data.en!.modules[0]!;
    const withoutHtml = (m: typeof english) => ({ ...m, activities: m.activities.map((a) => ({ ...a, html: undefined })) });
    for (const locale of ['nl', 'nb'] as const) {
      const translated = data[locale]!.modules[0]!;
      expect(extractTexts(translated)).not.toEqual(extractTexts(english));
      expect(withoutHtml(applyTranslation(translated, extractTexts(english)))).toEqual(withoutHtml(english));
    }
  });

  it('accepts different answers per language in fill-in items', async () => {
    const { data } = await loadFixture();
    const accepted = (d: CourseData | undefined) =>
      activity<QuizData>(d, 'mentor-basics').items.flatMap((i) => (i.kind === 'fill-in' ? i.accept : []));
    expect(accepted(data.en)).toEqual(['see', 'observe']);
    expect(accepted(data.nl)).toEqual(['zien', 'waarnemen', 'observeren']);
    expect(accepted(data.nb)).toEqual(['se', 'observere']);
  });

  it('fills weights: quizzes count 1 by default, other activities 0', async () => {
    const { data } = await loadFixture();
    expect(data.en!.modules[0]!.activities.map((a) => [a.type, a.weight])).toEqual([
      ['page', 0], ['dialogue', 0], ['feedback-exercise', 0], ['quiz', 1], ['reflection', 0], ['certificate', 0],
    ]);
  });

  it('compiles each locale\'s page with h3 as the top heading and images in the package', async () => {
    const { data, media } = await loadFixture();
    const html = activity<{ html: string }>(data.nl, 'welcome').html;
    expect(html).toContain('<h3>Je eerste weken als mentor</h3>');
    expect(html).toContain('<h4>Drie dingen om voor te bereiden</h4>');
    expect(html).toContain('<img src="media/first-weeks/bakery-floor.svg" alt="Plattegrond van de bakkerij');
    expect(html).toContain('target="_blank" rel="noopener"');
    expect(media).toEqual([{ source: join(FIXTURE, 'modules/first-weeks/media/bakery-floor.svg'), target: 'media/first-weeks/bakery-floor.svg' }]);
  });

  it('has the content the other tests rely on: every activity type, a deep dialogue, a full quiz', async () => {
    const { data } = await loadFixture();
    expect(data.en!.modules[0]!.activities.map((a) => a.type)).toEqual(['page', 'dialogue', 'feedback-exercise', 'quiz', 'reflection', 'certificate']);
    const dialogue = activity<DialogueData>(data.en, 'burnt-tray');
    expect(dialogue.cast).toHaveLength(3);
    expect(dialogueBounds(dialogue).longestPath).toBeGreaterThanOrEqual(3);
    expect(dialogue.nodes.flatMap((n) => (n.ending ? [n.ending.outcome] : [])).sort()).toEqual(['mixed', 'negative', 'positive']);
    const quiz = activity<QuizData>(data.en, 'mentor-basics');
    expect(new Set(quiz.items.map((i) => i.kind)).size).toBe(6);
    expect(quiz).toMatchObject({ draw: 6, passMark: 80, attempts: 3, shuffle: true });
    expect(quiz.items).toHaveLength(8);
  });

  it('keeps facilitator notes out of the course data and translates them beside it', async () => {
    const { data, facilitator } = await loadFixture();
    for (const locale of ['en', 'nl', 'nb'] as const) {
      expect(data[locale]!.modules.map((m) => Object.keys(m))).not.toContainEqual(expect.arrayContaining(['facilitator']));
      expect(facilitator[locale]!['first-weeks']!.minutes).toBe(90);
    }
    expect(facilitator.en!['first-weeks']!.questions[0]).toBe('How did your own first week at work go, and who helped you?');
    expect(facilitator.nl!['first-weeks']!.watchFor[1]).toBe('Voorbeelden van feedback die de persoon beoordelen in plaats van het werk te beschrijven.');
    expect(facilitator.nb!['first-weeks']!.questions[1]).toBe('Hva sier du først når en lærling forteller deg om en feil?');
  });

  it('loads in well under a second', async () => {
    await loadFixture();
    const start = performance.now();
    await loadFixture();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('loadCourse: reporting', () => {
  it('reports every problem in every file at once, file by file, top to bottom', async () => {
    const problems = await problemsOf({
      'course.yaml': `${TINY_COURSE}colour: blue\n`,
      'modules/m/module.yaml': tinyModule(`  - id: check
    type: quiz
    title: Check
    passMark: 80
    draw: 5
    items:
      - id: sure
        kind: true-false
        prompt: Sure?
        correct: true
        feedbak:
          correct: Yes.
          incorrect: No.
  - id: think
    type: reflection
    title: Think
    prompts:
      - id: first
        text: What?
        maxLength: 10
`),
      'modules/m/pages/intro.md': '![](media/missing.svg)\n',
    });
    expect(pins(problems)).toEqual([
      'UnknownField course.yaml:15:1',
      // The item's schema error does not hide that the quiz draws more items than it has.
      'QuizDrawTooLarge modules/m/module.yaml:16:11',
      'UnknownField modules/m/module.yaml:22:9',
      'InvalidValue modules/m/module.yaml:31:20',
      'ImageAltMissing modules/m/pages/intro.md:1:1',
      'ImageFileMissing modules/m/pages/intro.md:1:1',
    ]);
  });

  it('still checks a module\'s valid activities when another one fails the schema', async () => {
    const problems = await problemsOf({
      'modules/m/module.yaml': tinyModule(`  - id: think
    type: reflection
    title: Think
    prompts: []
  - id: check
    type: quiz
    title: Check
    passMark: 80
    draw: 5
    items:
      - id: sure
        kind: true-false
        prompt: Sure?
        correct: true
        feedback:
          correct: Yes.
          incorrect: No.
`),
    });
    expect(problems.map((p) => p.name)).toEqual(['InvalidValue', 'QuizDrawTooLarge']);
  });

  it('reports, never throws, whatever shape the YAML has', async () => {
    const garbage = [
      'activities: 5\n',
      'id: m\nobjectives: [null, 3]\nactivities: [null, {type: dialogue, nodes: [null, {choices: 3}]}, {type: quiz, items: [null]}]\n',
      tinyModule('  - id: x\n    type: dialogue\n    cast: null\n    nodes: {a: b}\n'),
    ];
    for (const text of garbage) {
      const problems = await problemsOf({ 'modules/m/module.yaml': text, 'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: en\ncompetences: [null]') });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.what && p.why && p.fix)).toBe(true);
    }
  });

  it('builds nothing when there are errors, and keeps warnings apart', async () => {
    const result = await loadCourse(FIXTURE.replace('course', 'nowhere'), { courseArg: 'nowhere' });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ name: 'CourseFileMissing' })], warnings: [] });
  });
});

/**
 * Printable templates (`templates/<id>[.<locale>].md`, linked as `template:<id>`) and the
 * facilitator notes' session plan and sources: resolution per locale, and every error pinned by
 * name, position and wording.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../errors/format-errors.ts';
import { loadTiny, pins, positionOf, problemsOf, removeTempCourses, TINY_COURSE, tinyModule, valuePosition } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const PAGE = 'modules/m/pages/intro.md';
const MODULE = 'modules/m/module.yaml';
const PLAN = '# Training plan\n\nFill it in together.\n\n| Task | When | Signed off |\n| --- | --- | --- |\n|  |  |  |\n';
const PLAN_NL = '# Opleidingsplan\n\nVul het samen in.\n\n| Taak | Wanneer | Afgetekend |\n| --- | --- | --- |\n|  |  |  |\n';

/** The tiny course in English and Dutch, with everything translated. */
const DUTCH: Record<string, string> = {
  'course.yaml': TINY_COURSE.replace('locales: [en]', 'locales: [en, nl]'),
  'i18n/nl.yaml': 'title: Klein\ndescription: Voor tests.\ncompetences:\n  listening:\n    title: Luisteren\n',
  'modules/m/i18n/nl.yaml': 'title: Een module\nsummary: Voor tests.\nobjectives:\n  listen:\n    text: Goed luisteren.\nactivities:\n  intro:\n    title: Intro\n',
  'modules/m/pages/intro.nl.md': '# Intro\n\nGebruik [het opleidingsplan](template:training-plan).\n',
  'templates/training-plan.md': PLAN,
  'templates/training-plan.nl.md': PLAN_NL,
};

describe('loader: printable templates', () => {
  it('resolves a template link to the copy in the page\'s own locale, opening in a new tab', async () => {
    const result = await loadTiny({ ...DUTCH, [PAGE]: '# Intro\n\nUse [the training plan](template:training-plan).\n' });
    expect(result.ok ? [] : pins(result.errors)).toEqual([]);
    if (!result.ok) return;
    const html = (locale: 'en' | 'nl') => (result.course.data[locale]!.modules[0]!.activities[0] as { html: string }).html;
    expect(html('en')).toContain('<a href="templates/training-plan.en.html" target="_blank" rel="noopener">the training plan</a>');
    expect(html('nl')).toContain('<a href="templates/training-plan.nl.html" target="_blank" rel="noopener">het opleidingsplan</a>');
    expect(result.course.warnings).toEqual([]);
    const [en] = result.course.templates.en!;
    expect(en).toMatchObject({ id: 'training-plan', title: 'Training plan', modules: ['m'] });
    expect(en!.html).toContain('<td></td>');
    expect(en!.html).not.toContain('<h1');
    expect(result.course.templates.nl![0]!.title).toBe('Opleidingsplan');
  });

  it('ships templates no page links to yet, and a course without templates/ has none', async () => {
    const linked = await loadTiny({ 'templates/check-in-log.md': '# Check-in log\n\n| Date | Agreements |\n| --- | --- |\n|  |  |\n' });
    expect(linked.ok && linked.course.templates.en!.map((t) => [t.id, t.modules])).toEqual([['check-in-log', []]]);
    const none = await loadTiny();
    expect(none.ok && none.course.templates).toEqual({ en: [] });
  });

  it('links one template to another inside templates/, by file name in the same locale', async () => {
    const result = await loadTiny({ ...DUTCH, 'templates/check-in-log.md': '# Check-in log\n\nSee the [plan](template:training-plan).\n', 'templates/check-in-log.nl.md': '# Logboek\n\nZie het [plan](template:training-plan).\n' });
    expect(result.ok ? [] : pins(result.errors)).toEqual([]);
    if (!result.ok) return;
    const log = result.course.templates.nl!.find((t) => t.id === 'check-in-log')!;
    expect(log.html).toContain('<a href="training-plan.nl.html" target="_blank" rel="noopener">plan</a>');
  });

  it('TemplateUnknown: a link to a template id that has no file, at the link, with the closest id', async () => {
    const page = '# Intro\n\nHello.\n\nUse [the plan](template:training-plans) every week.\n';
    const problems = await problemsOf({ [PAGE]: page, 'templates/training-plan.md': PLAN });
    expect(formatErrors(problems, { color: false })).toBe(
      [
        'error TemplateUnknown  modules/m/pages/intro.md:5:5',
        '  This link leads to template "training-plans", but there is no templates/training-plans.md. Did you mean "training-plan"?',
        '  why: a mentor who follows the link would find no form to print.',
        "  fix: link to one of the course's templates as [the training plan](template:<id>), with <id> one of: training-plan; or write templates/training-plans.md (and its translations).",
        '   3 | Hello.',
        '   4 |',
        ' > 5 | Use [the plan](template:training-plans) every week.',
        '     |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '',
        '1 error in 1 file; nothing was written.',
        '',
      ].join('\n'),
    );
  });

  it('TemplateUnknown: in a translated page too, and when the course has no templates at all', async () => {
    const problems = await problemsOf({ ...DUTCH, 'templates/training-plan.md': null, 'templates/training-plan.nl.md': null });
    expect(pins(problems)).toEqual([`TemplateUnknown ${positionOf('modules/m/pages/intro.nl.md', DUTCH['modules/m/pages/intro.nl.md']!, '[het')}`]);
    expect(problems[0]!.fix).toBe('write the template as templates/training-plan.md in the course folder (and its translations), or remove the link.');
  });

  it('TranslatedTemplateMissing: a template without a file for a course locale names the pages that link to it', async () => {
    const problems = await problemsOf({ ...DUTCH, 'templates/training-plan.nl.md': null });
    expect(pins(problems)).toEqual(['TranslatedTemplateMissing templates/training-plan.nl.md']);
    expect(problems[0]!.what).toBe(
      `Template "training-plan" has no "nl" translation: templates/training-plan.nl.md does not exist. It is linked from ${positionOf('modules/m/pages/intro.nl.md', DUTCH['modules/m/pages/intro.nl.md']!, '[het')}.`,
    );
    expect(problems[0]!.fix).toBe('copy templates/training-plan.md to templates/training-plan.nl.md and translate it, keeping the tables and empty cells as they are.');
  });

  it('TemplateTitleMissing, TemplateEmpty and TemplateImageNotAllowed: at the line and column in the template', async () => {
    const problems = await problemsOf({
      'templates/no-title.md': '\nFill in the table.\n\n| A | B |\n| --- | --- |\n|  |  |\n',
      'templates/blank.md': '\n  \n',
      'templates/title-only.md': '# Only a title\n',
      'templates/with-image.md': '# Form\n\nLook: ![A till](media/till.svg)\n',
    });
    expect(pins(problems)).toEqual([
      'TemplateEmpty templates/blank.md',
      'TemplateTitleMissing templates/no-title.md:2:1',
      'TemplateEmpty templates/title-only.md',
      'TemplateImageNotAllowed templates/with-image.md:3:7',
    ]);
    expect(problems[1]!.what).toBe('templates/no-title.md starts with "Fill in the table." instead of a heading with the template\'s title.');
    expect(problems[1]!.fix).toBe('make the first line the title as a Markdown heading, for example: # Training plan');
    expect(problems[2]!.what).toBe('templates/title-only.md has a title and nothing below it.');
  });

  it('reports HTML a template cannot keep, and files in templates/ that no locale reads', async () => {
    const problems = await problemsOf({
      'templates/form.md': '# Form\n\n<script>alert(1)</script>\n\n| A |\n| --- |\n|  |\n',
      'templates/form.no.md': '# Skjema\n',
      'templates/form.en.md': '# Form\n',
      'templates/Observation Form.md': '# Observation\n',
      'templates/ghost.nl.md': '# Spook\n',
      'templates/notes.txt': 'notes',
    });
    // Errors first, then warnings (which alone would not stop the build).
    expect(pins(problems)).toEqual([
      'LocaleNotInCourse templates/form.no.md',
      'LocaleNotInCourse templates/ghost.nl.md',
      'FileUnused templates/Observation Form.md',
      'FileUnused templates/form.en.md',
      'PageContentRemoved templates/form.md:3:1',
      'FileUnused templates/notes.txt',
    ]);
    expect(problems[3]!.what).toBe('This file is not used: the en text of a template is read from form.md, without a locale.');
  });

  it('FileUnused: a translation without the English template it translates', async () => {
    const problems = await problemsOf({ ...DUTCH, 'templates/ghost.nl.md': '# Spook\n\n| A |\n| --- |\n|  |\n' });
    expect(pins(problems)).toEqual(['FileUnused templates/ghost.nl.md']);
    expect(problems[0]!.what).toBe('This file is not used: there is no en template ghost.md for it to translate.');
  });
});

const notes = (plan: string, sources = '') => `facilitator:
  minutes: 60
  questions:
    - What do you already do?
  watchFor:
    - Mentors who talk more than the learner.
${plan}${sources}`;

describe('loader: facilitator session plan and sources', () => {
  it('accepts a plan that fills the session, and translates its steps by index', async () => {
    const plan = '  sessionPlan:\n    - minutes: 15\n      step: Welcome round.\n    - minutes: 45\n      step: Role play in pairs.\n';
    const sources = '  sources:\n    - title: "Udir: Instruktør"\n      url: https://www.udir.no/\n';
    const result = await loadTiny({
      ...DUTCH,
      [MODULE]: tinyModule(notes(plan, sources)),
      'modules/m/i18n/nl.yaml': `${DUTCH['modules/m/i18n/nl.yaml']}facilitator:\n  questions:\n    - Wat doe je al?\n  watchFor:\n    - Mentoren die meer praten dan de leerling.\n  sessionPlan:\n    - step: Kennismakingsronde.\n    - step: Rollenspel in duo's.\n`,
    });
    expect(result.ok ? [] : pins(result.errors)).toEqual([]);
    if (!result.ok) return;
    expect(result.course.facilitator.nl!.m!.sessionPlan).toEqual([{ minutes: 15, step: 'Kennismakingsronde.' }, { minutes: 45, step: "Rollenspel in duo's." }]);
    expect(result.course.facilitator.nl!.m!.sources).toEqual([{ title: 'Udir: Instruktør', url: 'https://www.udir.no/' }]);
  });

  it('SessionPlanMinutesMismatch: at the `sessionPlan` key, with how much to change', async () => {
    const text = tinyModule(notes('  sessionPlan:\n    - minutes: 15\n      step: Welcome round.\n    - minutes: 30\n      step: Role play in pairs.\n'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`SessionPlanMinutesMismatch ${positionOf(MODULE, text, 'sessionPlan')}`]);
    expect(problems[0]!.what).toBe('The 2 steps of the session plan add up to 45 minutes, but the session lasts 60 minutes (`facilitator.minutes`).');
    expect(problems[0]!.fix).toBe('lengthen steps or add one, 15 minutes in all, or set `minutes: 45`.');
  });

  it('SessionPlanMinutesMismatch is left to the schema error when a step\'s minutes are not a number', async () => {
    const text = tinyModule(notes('  sessionPlan:\n    - minutes: ten\n      step: Welcome round.\n'));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([`InvalidValue ${valuePosition(MODULE, text, 'minutes: ten')}`]);
    expect(problems[0]!.what).toContain('session plan step 1');
  });

  it('SourceUrlInvalid: at the address, for anything but a public http(s) web address', async () => {
    const sources = [
      '  sources:',
      '    - title: Good',
      '      url: https://www.vlaanderen.be/duaal-leren',
      '    - title: No scheme',
      '      url: www.udir.no/laring-og-trivsel',
      '    - title: Script',
      '      url: "javascript:alert(1)"',
      '    - title: Local file',
      '      url: file:///etc/passwd',
      '',
    ].join('\n');
    const text = tinyModule(notes('', sources));
    const problems = await problemsOf({ [MODULE]: text });
    expect(pins(problems)).toEqual([
      `SourceUrlInvalid ${valuePosition(MODULE, text, 'url: www')}`,
      `SourceUrlInvalid ${valuePosition(MODULE, text, 'url: "javascript')}`,
      `SourceUrlInvalid ${valuePosition(MODULE, text, 'url: file')}`,
    ]);
    expect(problems.map((p) => p.what)).toEqual([
      'The source address "www.udir.no/laring-og-trivsel" has no https:// in front.',
      'The source address "javascript:alert(1)" starts with "javascript:", not https:// or http://.',
      'The source address "file:///etc/passwd" starts with "file:", not https:// or http://.',
    ]);
  });
});

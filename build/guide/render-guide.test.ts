import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocaleSchema, type Locale } from '../../course/schema/ids.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { GUIDE_TEXT, guideTextFor } from './guide-text.ts';
import { escapeHtml } from './html-escape.ts';
import { guideFileName, renderGuide } from './render-guide.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

async function load(root = FIXTURE): Promise<LoadedCourse> {
  const result = await loadCourse(root);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.name} ${e.file}:${e.line} ${e.what}`).join('\n'));
  return result.course;
}

const guide = (course: LoadedCourse, locale: Locale) =>
  renderGuide({ data: course.data[locale]!, notes: course.facilitator[locale]!, templates: course.templates[locale] ?? [] });

/** A copy of the fixture whose module has a session plan (90 minutes, like its notes), two sources, and a page linking a template. */
async function withPlanSourcesAndTemplate(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'wm-guide-plan-'));
  temps.push(root);
  await cp(FIXTURE, root, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(root, file), change(await readFile(path.join(root, file), 'utf8')));
  const beforeActivities = (block: string) => (text: string) => text.replace(/^activities:/m, `${block}activities:`);
  await edit(
    'modules/first-weeks/module.yaml',
    beforeActivities(`  sessionPlan:
    - minutes: 15
      step: "Welcome round: each mentor names one apprentice they guide now."
    - minutes: 45
      step: Play "A burnt tray" together; stop at each decision.
    - minutes: 30
      step: Feedback on the learning log in pairs; share one rewrite.
  sources:
    - title: "Vlaanderen: Duaal leren"
      url: https://www.vlaanderen.be/duaal-leren
    - title: "Udir: Fag- og yrkesopplæring"
      url: https://www.udir.no/utdanningslopet/fag-og-yrkesopplaering/
`),
  );
  const steps = (a: string, b: string, c: string) => `  sessionPlan:\n    - step: "${a}"\n    - step: "${b}"\n    - step: "${c}"\n`;
  await edit('modules/first-weeks/i18n/nl.yaml', beforeActivities(steps('Kennismakingsronde: elke mentor noemt een leerling die hij of zij nu begeleidt.', 'Speel samen het gesprek.', 'Feedback in duo\'s.')));
  await edit('modules/first-weeks/i18n/nb.yaml', beforeActivities(steps('Runde: hver instruktør nevner en lærling.', 'Spill samtalen sammen.', 'Tilbakemelding i par.')));
  for (const [locale, suffix] of [['en', ''], ['nl', '.nl'], ['nb', '.nb']] as const) {
    await edit(`modules/first-weeks/pages/welcome${suffix}.md`, (text) => `${text}\n[log](template:check-in-log)\n`);
    const title = { en: 'Check-in log', nl: 'Logboek van de opvolgmomenten', nb: 'Logg for oppfølgingssamtaler' }[locale];
    await mkdir(path.join(root, 'templates'), { recursive: true });
    await writeFile(path.join(root, `templates/check-in-log${suffix}.md`), `# ${title}\n\n| Date | Agreements |\n| --- | --- |\n|  |  |\n`);
  }
  return root;
}

/** Text content of the elements with `tag`, tags inside removed (the guide writes no `>` inside tags except in quoted text, which it escapes). */
const texts = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('renderGuide', () => {
  it('carries the facilitator notes of the fixture in each language, with the guide\'s labels in that language', async () => {
    const course = await load();
    for (const locale of course.source.locales) {
      const html = guide(course, locale);
      const notes = course.facilitator[locale]!['first-weeks']!;
      const text = guideTextFor(locale).entry;
      expect(html).toContain(`<html lang="${locale}">`);
      expect(texts(html, 'h4')).toEqual([text.questions, text.watchFor]);
      expect(texts(html, 'h3')).toEqual([text.objectives, text.facilitatorNotes, text.activities]);
      expect(html).toContain(`<p class="minutes">${escapeHtml(text.sessionLength(90))}</p>`);
      for (const note of [...notes.questions, ...notes.watchFor]) expect(texts(html, 'li')).toContain(note);
    }
    // The translations really differ: a Dutch question does not appear in the Norwegian guide.
    expect(guide(course, 'nb')).not.toContain(course.facilitator.nl!['first-weeks']!.questions[0]);
    expect(guide(course, 'nl')).toContain('<h4>Vragen voor het gesprek</h4>');
    expect(guide(course, 'nb')).toContain('<h4>Spørsmål til samtale</h4>');
  });

  it('escapes course text: a <script> in a note or a title stays text', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'wm-guide-'));
    temps.push(root);
    await cp(FIXTURE, root, { recursive: true });
    const nl = path.join(root, 'modules/first-weeks/i18n/nl.yaml');
    const yaml = await readFile(nl, 'utf8');
    const attack = `<script>alert("notes")</script> & 'meer'`;
    await writeFile(
      nl,
      yaml
        .replace('- Hoe verliep je eigen eerste werkweek, en wie hielp je toen?', `- ${JSON.stringify(attack)}`)
        .replace(/^title: De eerste weken$/m, 'title: "De <b>eerste</b> weken"'),
    );
    const html = guide(await load(root), 'nl');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('<li>&lt;script&gt;alert(&quot;notes&quot;)&lt;/script&gt; &amp; &#39;meer&#39;</li>');
    expect(html).toContain('<h2 id="module-first-weeks">Module 1: De &lt;b&gt;eerste&lt;/b&gt; weken</h2>');
  });

  it('is one self-contained, printable page with headings in order', async () => {
    const html = guide(await load(), 'en');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Facilitator guide: Mentoring an apprentice</title>');
    expect(html).toMatch(/@media print \{[^]*\.module, \.appendix \{ break-before: page; \}/);
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(/i);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries()) if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('outlines each activity: objectives with competences, dialogue cast and branches, quiz size and pass mark', async () => {
    const html = guide(await load(), 'en');
    expect(texts(html, 'li')).toContain('Respond to a mistake in a way that keeps the apprentice learning.Competences: Communicating with apprentice and school; Giving feedback');
    expect(texts(html, 'li')).toEqual(
      expect.arrayContaining([
        'Cast: Ilse (mentor, played by the learner), Jonas (apprentice), Karin (school supervisor)',
        '6 decision points, 3 endings',
        '8 items, 6 drawn per attempt',
        'pass mark 80%, 3 attempts',
      ]),
    );
    // One row per activity: number, title, type, facts.
    expect(texts(html, 'tr').slice(-6)).toEqual([
      '1Your first weeks as a mentorPage',
      '2A burnt trayDialogueCast: Ilse (mentor, played by the learner), Jonas (apprentice), Karin (school supervisor)Sector: Food retail6 decision points, 3 endings',
      '3Feedback on a learning logFeedback exercisewritten feedback6 statements to sort3 rubric criteria',
      '4Check your basicsQuiz8 items, 6 drawn per attemptpass mark 80%, 3 attempts',
      '5Your own mentoringReflection2 prompts',
      '6Your certificateCertificate',
    ]);
  });

  it('prints the session plan as a timetable from 0:00, and the sources of the module and of the course', async () => {
    const course = await load(await withPlanSourcesAndTemplate());
    const en = guide(course, 'en');
    const text = GUIDE_TEXT.en;
    expect(texts(en, 'h4')).toEqual([text.sessionPlan, text.questions, text.watchFor, text.templates, text.sources]);
    expect(texts(en, 'tr').filter((r) => /^\d:\d\d/.test(r))).toEqual([
      '0:0015Welcome round: each mentor names one apprentice they guide now.',
      '0:1545Play &quot;A burnt tray&quot; together; stop at each decision.',
      '1:0030Feedback on the learning log in pairs; share one rewrite.',
      '1:3090End',
    ]);
    expect(en).toContain('<thead><tr><th scope="col" class="clock">Start</th><th scope="col" class="number">Minutes</th><th scope="col">Step</th></tr></thead>');
    // Module sources in the authored order: linked, with the address printed for paper.
    expect(en).toContain(
      '<h4>Sources</h4>\n<ul class="sources">\n<li><a href="https://www.vlaanderen.be/duaal-leren">Vlaanderen: Duaal leren</a><br><span class="url">https://www.vlaanderen.be/duaal-leren</span></li>\n<li><a href="https://www.udir.no/',
    );
    // The course's sources once each, by title, with the modules that use them; listed in the contents.
    const courseSources = en.slice(en.indexOf('<h2 id="course-sources">'));
    expect(texts(courseSources, 'li')).toEqual([
      'Udir: Fag- og yrkesopplæringhttps://www.udir.no/utdanningslopet/fag-og-yrkesopplaering/Used in: Module 1',
      'Vlaanderen: Duaal lerenhttps://www.vlaanderen.be/duaal-lerenUsed in: Module 1',
    ]);
    expect(en).toContain('<li><a href="#course-sources">Sources for the whole course</a></li>');
    // Sources stay as published; the steps are translated.
    const nl = guide(course, 'nl');
    expect(nl).toContain('<td>Kennismakingsronde: elke mentor noemt een leerling die hij of zij nu begeleidt.</td>');
    expect(nl).toContain('>Udir: Fag- og yrkesopplæring</a>');
    expect(nl).toContain('<th scope="col">Onderdeel</th>');
  });

  it('links the printable templates beside the guide: per module the ones its pages use, and all of them at the end', async () => {
    const course = await load(await withPlanSourcesAndTemplate());
    const nb = guide(course, 'nb');
    expect(nb).toContain('<h4>Maler for utskrift</h4>\n<ul class="templates">\n<li><a href="templates/check-in-log.nb.html">Logg for oppfølgingssamtaler</a>');
    const appendix = nb.slice(nb.indexOf('<h2 id="printable-templates">'));
    expect(texts(appendix, 'li')[0]).toBe('Logg for oppfølgingssamtalertemplates/check-in-log.nb.htmlBrukt i: Modul 1');
    expect(nb).toContain('<li><a href="#printable-templates">Maler for utskrift</a></li>');
    expect(nb).toMatch(/@media print \{[^]*\.module, \.appendix \{ break-before: page; \}/);
  });

  it('shows no plan, sources or templates where a course has none', async () => {
    const html = guide(await load(), 'en');
    expect(html).not.toContain('class="plan"');
    expect(html).not.toContain('course-sources');
    expect(html).not.toContain('printable-templates');
  });

  it('names the file after course, version and locale', async () => {
    const course = await load();
    expect(guideFileName(course.data.nb!)).toBe('workmentor-fixture-1.0.0-facilitator-guide-nb.html');
  });
});

describe('the final assessment in the guide', () => {
  it("describes the course's final-assessment policy, not the quiz's own attempts, with how to reopen it", async () => {
    const course = await load();
    const data = course.data.en!;
    const quiz = data.modules[0]!.activities.find((a) => a.type === 'quiz')!;
    const policy = { activity: `${data.modules[0]!.id}/${quiz.id}`, attempts: 2, retryAfterHours: 24, reset: 'facilitator' as const, opensAfter: 'modules' as const };
    const html = renderGuide({ data: { ...data, finalAssessment: policy }, notes: course.facilitator.en!, templates: course.templates.en ?? [] });
    expect(html).toContain(escapeHtml('pass mark 80%, 2 attempts'));
    expect(html).toContain('npx workmentor reopen-code');
    expect(html).toContain('opens once every other module is complete');
    const waiting = renderGuide({ data: { ...data, finalAssessment: { ...policy, reset: 'wait' as const } }, notes: course.facilitator.en!, templates: [] });
    expect(waiting).toContain('then a new round of attempts 24 hours after the last one');
    expect(waiting).not.toContain('reopen-code');
  });
});

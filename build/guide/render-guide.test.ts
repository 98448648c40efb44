import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocaleSchema, type Locale } from '../../course/schema/ids.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { GUIDE_TEXT } from './guide-text.ts';
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

const guide = (course: LoadedCourse, locale: Locale) => renderGuide({ data: course.data[locale]!, notes: course.facilitator[locale]! });

/** Text content of the elements with `tag`, tags inside removed (the guide writes no `>` inside tags except in quoted text, which it escapes). */
const texts = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('renderGuide', () => {
  it('carries the facilitator notes of the fixture in each language, with the guide\'s labels in that language', async () => {
    const course = await load();
    for (const locale of LocaleSchema.options) {
      const html = guide(course, locale);
      const notes = course.facilitator[locale]!['first-weeks']!;
      const text = GUIDE_TEXT[locale];
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
    expect(html).toMatch(/@media print \{[^]*\.module \{ break-before: page; \}/);
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

  it('names the file after course, version and locale', async () => {
    const course = await load();
    expect(guideFileName(course.data.nb!)).toBe('workmentor-fixture-1.0.0-facilitator-guide-nb.html');
  });
});

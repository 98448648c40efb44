import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadTemplates, printableTemplates } from '../load/load-templates.ts';
import { renderTemplatePage, sectionsByHeading, TEMPLATE_CSP } from './render-template.ts';
import { TEMPLATE_TEXT } from './template-text.ts';

const REAL = path.resolve(import.meta.dirname, '../../course/content');
/** The course's own languages, from its course.yaml: a language added there is judged here too. */
const COURSE_LOCALES: string[] = (parse(readFileSync(path.join(REAL, 'course.yaml'), 'utf8')) as { locales: string[] }).locales;
const TEMPLATE_IDS = ['check-in-log', 'observation-form', 'three-way-meeting-agenda', 'training-plan'];

const form = { title: 'Training plan', html: '<blockquote>\n<p>How to use: fill it in.</p>\n</blockquote>\n<h2>Tasks</h2>\n<table>\n<tbody><tr>\n<td></td>\n</tr>\n</tbody></table>\n' };

describe('renderTemplatePage', () => {
  it('is a printable A4 page: course title above the template title, print CSS, the form in sections', () => {
    const html = renderTemplatePage({ locale: 'en', courseTitle: 'WORKMENTOR', template: form });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Training plan – WORKMENTOR</title>');
    expect(html).toContain('<header>\n<p class="course">WORKMENTOR</p>\n<h1>Training plan</h1>');
    expect(html).toMatch(/@media print \{\s*@page \{ size: A4;/);
    expect(html).toMatch(/@media print \{[^]*\.print-hint \{ display: none; \}/);
    expect(html).toMatch(/@media print \{[^]*\.part, table \{ break-inside: avoid; \}/);
    expect(html).toContain('td:empty {');
    expect(html).toContain(`<p class="print-hint">${TEMPLATE_TEXT.en.printHint}</p>`);
    expect(html).toContain('<section class="part">\n<h2>Tasks</h2>');
  });

  it('runs nothing and loads nothing: no script, no outside file, and a policy that forbids both', () => {
    const html = renderTemplatePage({ locale: 'nl', courseTitle: 'WORKMENTOR', template: form });
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|url\(|@import/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${TEMPLATE_CSP.replace(/'/g, '&#39;')}">`);
    expect(TEMPLATE_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
  });

  it('escapes the titles: they are author text', () => {
    const html = renderTemplatePage({ locale: 'nb', courseTitle: 'Kurs <b>', template: { ...form, title: 'Plan & "logg" <script>' } });
    expect(html).toContain('<h1>Plan &amp; &quot;logg&quot; &lt;script&gt;</h1>');
    expect(html).toContain('<p class="course">Kurs &lt;b&gt;</p>');
    expect(html).not.toMatch(/<script|<b>/);
  });
});

describe('sectionsByHeading', () => {
  it('wraps each top-level h2 with what follows it, and leaves headings inside quotes and lists alone', () => {
    const html = '<p>Intro</p>\n<h2>A</h2>\n<table><tbody><tr><td></td></tr></tbody></table>\n<blockquote>\n<h2>Quoted</h2>\n</blockquote>\n<br />\n<h2 id="b">B</h2>\n<p>b</p>';
    expect(sectionsByHeading(html)).toBe(
      '<p>Intro</p>\n<section class="part">\n<h2>A</h2>\n<table><tbody><tr><td></td></tr></tbody></table>\n<blockquote>\n<h2>Quoted</h2>\n</blockquote>\n<br />\n</section>\n<section class="part">\n<h2 id="b">B</h2>\n<p>b</p>\n</section>',
    );
    expect(sectionsByHeading('<p>No parts</p>')).toBe('<p>No parts</p>');
  });
});

describe('the course\'s printable templates', () => {
  it('exist in every locale, each with a title, a how-to line and tables with cells to fill in', async () => {
    // The templates alone, so this judges them whatever state the modules are in.
    const loaded = await loadTemplates({ root: REAL, sourceLocale: 'en', locales: COURSE_LOCALES, pageLinks: [] });
    expect(loaded.errors.map((p) => `${p.name} ${p.file}:${p.line}`)).toEqual([]);
    for (const locale of COURSE_LOCALES) {
      const templates = printableTemplates(loaded, locale, []);
      expect(templates.map((t) => t.id).sort()).toEqual(TEMPLATE_IDS);
      for (const t of templates) {
        expect(t.title.length, `${t.id}.${locale}`).toBeGreaterThan(3);
        expect(t.html, `${t.id}.${locale}`).toMatch(/^<blockquote>\n<p><strong>[^<]+:<\/strong>/);
        expect(t.html, `${t.id}.${locale}`).toContain('<td></td>');
      }
    }
  });
});

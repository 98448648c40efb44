/**
 * The portfolio of evidence from a seeded learner state: the document model (what goes under
 * which skill), the PDF's text read back with pdfjs-dist, and the HTML escaping the learner's
 * words.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CourseData } from '../../../course/schema/course-data.ts';
import { portfolio as en } from '../../../locales/en/portfolio.ts';
import { portfolio as nb } from '../../../locales/nb/portfolio.ts';
import { portfolio as nl } from '../../../locales/nl/portfolio.ts';
import type { LearnerProgress } from '../runtime/progress.ts';
import { loadFromDisk, readingOrder, readPdfText } from '../pdf/test-support/read-pdf.ts';
import { portfolioHtml } from './portfolio-html.ts';
import { buildPortfolio } from './portfolio-model.ts';
import { portfolioPdf } from './portfolio-pdf.ts';

const competences = [
  ['training-plan', 'Drawing up a training plan'],
  ['giving-instructions', 'Giving instructions'],
  ['communicating', 'Communicating'],
  ['following-up', 'Following up progress'],
  ['giving-feedback', 'Giving feedback'],
  ['adjusting-course', 'Adjusting course'],
  ['evaluating', 'Evaluating'],
].map(([id, title]) => ({ id: id!, title: title! }));

const course = {
  title: 'WORKMENTOR',
  locale: 'en',
  competences,
  modules: [
    {
      id: 'communicating',
      title: 'Communicating',
      objectives: [{ id: 'o1', text: 'Listen', competences: ['communicating'] }],
      activities: [
        { id: 'think', type: 'reflection', title: 'Your conversations', prompts: [{ id: 'p1', text: 'What did you hear?' }, { id: 'p2', text: 'What will you try?' }] },
        {
          id: 'late',
          type: 'dialogue',
          title: 'Late again',
          nodes: [{ id: 'calm', ending: { title: 'You agreed a plan', outcome: 'positive', debrief: 'Asking first opened the talk.' } }],
        },
        { id: 'check', type: 'quiz', title: 'Check: communicating', passMark: 80, feedback: 'item', items: [] },
      ],
    },
    {
      id: 'feedback',
      title: 'Feedback',
      objectives: [{ id: 'o1', text: 'Give feedback', competences: ['giving-feedback'] }],
      activities: [
        {
          id: 'report',
          type: 'feedback-exercise',
          title: 'A daily report',
          rubric: { prompt: 'Rate', levels: [{ id: 'weak', label: 'Not yet' }, { id: 'ok', label: 'Good' }], criteria: [{ id: 'specific', text: 'Specific' }, { id: 'kind', text: 'Respectful' }] },
        },
      ],
    },
    {
      id: 'final-assessment',
      title: 'Final assessment',
      objectives: [{ id: 'o1', text: 'Show it', competences: ['evaluating'] }],
      activities: [
        {
          id: 'final',
          type: 'quiz',
          title: 'Final assessment',
          passMark: 80,
          feedback: 'summary',
          items: [
            { id: 'q1', kind: 'true-false', competence: 'communicating', correct: true },
            { id: 'q2', kind: 'true-false', competence: 'giving-feedback', correct: true },
            { id: 'q3', kind: 'true-false', competence: 'giving-feedback', correct: false },
          ],
        },
        { id: 'cert', type: 'certificate', title: 'Certificate', heading: 'Work Mentor Certificate' },
      ],
    },
  ],
} as unknown as CourseData;

const progress: LearnerProgress = {
  activities: {
    'communicating/think': { status: 'completed', detail: { type: 'reflection', submitted: true, answers: { p1: 'Ayşe said <script>alert(1)</script> & left.\nThen she came back.', p2: 'محمد الأحمد: أسأل أولاً' } } },
    'communicating/late': { status: 'completed', detail: { type: 'dialogue', path: [], best: 100, ending: 'calm' } },
    'communicating/check': { status: 'completed', detail: { type: 'quiz', attemptsUsed: 1, best: 90, passed: true } },
    'feedback/report': { status: 'completed', detail: { type: 'feedback-exercise', stage: 'compare', written: 'Your report names every step. Next time add the times.', sorted: {}, checked: true, ratings: { specific: 'ok' }, score: 75 } },
    'final-assessment/final': {
      status: 'completed',
      detail: { type: 'quiz', attemptsUsed: 1, best: 67, passed: false, current: { items: ['q1', 'q2', 'q3'], answers: { q1: { kind: 'true-false', value: true }, q2: { kind: 'true-false', value: true }, q3: { kind: 'true-false', value: true } }, submitted: true, score: 67 } },
    },
  },
  certificate: { issuedOn: '2025-05-03', code: 'WM-7K3Q' },
};

const doc = buildPortfolio({ course, progress, words: en, name: 'Łukasz Wróbel', today: '2025-05-04' });

describe('portfolio document model', () => {
  it('has the seven skills in course order, each entry under its module’s skill', () => {
    expect(doc.skills.map((s) => s.id)).toEqual(competences.map((c) => c.id));
    const by = (id: string) => doc.skills.find((s) => s.id === id)!.entries;
    expect(by('communicating').map((e) => e.kind)).toEqual(['reflection', 'dialogue', 'quiz', 'skill-result']);
    expect(by('giving-feedback').map((e) => e.kind)).toEqual(['feedback', 'skill-result']);
    expect(by('training-plan')).toEqual([]);
  });

  it('carries the learner’s answers, rubric ratings, ending and debrief, and per-skill final results', () => {
    const communicating = doc.skills.find((s) => s.id === 'communicating')!.entries;
    expect(communicating[0]).toMatchObject({ kind: 'reflection', answers: [{ prompt: 'What did you hear?' }, { answer: 'محمد الأحمد: أسأل أولاً' }] });
    expect(communicating[1]).toEqual({ kind: 'dialogue', title: 'Late again', module: 'Communicating', ending: 'You agreed a plan', debrief: 'Asking first opened the talk.', score: 100 });
    expect(communicating[2]).toMatchObject({ kind: 'quiz', score: 90, passed: true, passMark: 80 });
    expect(communicating[3]).toMatchObject({ kind: 'skill-result', right: 1, total: 1 });
    const feedback = doc.skills.find((s) => s.id === 'giving-feedback')!.entries;
    expect(feedback[0]).toMatchObject({ kind: 'feedback', sortScore: 75, ratings: [{ criterion: 'Specific', level: 'Good' }, { criterion: 'Respectful', level: '(not rated)' }] });
    expect(feedback[1]).toMatchObject({ kind: 'skill-result', right: 1, total: 2 });
    expect(doc.certificate).toEqual({ heading: 'Work Mentor Certificate', issued: 'Issued on May 3, 2025. Verification code: WM-7K3Q' });
    expect(doc.madeOn).toBe('Made on May 4, 2025');
  });

  it('has every word in nl and nb too', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    const dutch = buildPortfolio({ course: { ...course, locale: 'nl' }, progress, words: nl, today: '2025-05-04' });
    expect(dutch.madeOn).toBe('Gemaakt op 4 mei 2025');
  });
});

describe('portfolio HTML', () => {
  const html = portfolioHtml(doc);
  it('shows a reflection containing <script> as text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Ayşe said &lt;script&gt;alert(1)&lt;/script&gt; &amp; left.<br>Then she came back.');
  });
  it('is one document in the learner’s language with a print stylesheet and the skills as headings', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('@media print');
    expect(html.match(/<h2>/g)!.length).toBe(8);
    expect(html).toContain('<blockquote dir="auto">محمد الأحمد: أسأل أولاً</blockquote>');
  });
});

describe('portfolio PDF', () => {
  it('holds the same text, the learner’s words in reading order', async () => {
    const bytes = await portfolioPdf(doc, { load: loadFromDisk });
    await mkdir('.cache', { recursive: true });
    await writeFile('.cache/portfolio-sample.pdf', bytes);
    const pages = await readPdfText(bytes);
    const all = pages.flatMap((p) => p.items);
    const text = pages.map((page) => readingOrder(page.items)).join(' ');
    for (const expected of ['Portfolio of evidence', 'Mentor: Łukasz Wróbel', 'Communicating', 'Reflection: Your conversations', 'Ayşe said <script>alert(1)</script> & left.', 'Ending reached: You agreed a plan', 'Specific: Good', 'Final assessment, this skill: 1 of 2 questions right', 'Issued on May 3, 2025. Verification code: WM-7K3Q']) {
      expect(text).toContain(expected);
    }
    const line = all.find((i) => /[\u0600-\u06FF]/.test(i.str))!.y;
    const arabic = all.filter((i) => Math.abs(i.y - line) < 1);
    expect(readingOrder(arabic, 'rtl')).toBe('محمد الأحمد: أسأل أولاً');
    for (const page of pages) for (const item of page.items) expect(item.x + item.width).toBeLessThanOrEqual(page.width - 50);
  });
});

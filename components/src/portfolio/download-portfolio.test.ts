/**
 * The portfolio file as the shell's download makes it: the whole course asked for once, the
 * words of the course's language, the HTML or the PDF with the right type and file name.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CourseData } from '../../../course/schema/course-data.ts';
import type { LearnerProgress } from '../runtime/progress.ts';
import { loadFromDisk, readingOrder, readPdfText } from '../pdf/test-support/read-pdf.ts';
import { makePortfolioFile } from './download-portfolio.ts';

const course = (locale: 'en' | 'nb') =>
  ({
    title: 'WORKMENTOR',
    locale,
    competences: [{ id: 'communicating', title: 'Communicating' }],
    modules: [
      {
        id: 'communicating',
        title: 'Communicating',
        objectives: [{ id: 'o1', text: 'Listen', competences: ['communicating'] }],
        activities: [{ id: 'think', type: 'reflection', title: 'Your conversations', prompts: [{ id: 'p1', text: 'What did you hear?' }] }],
      },
    ],
  }) as unknown as CourseData;

const progress = {
  activities: { 'communicating/think': { status: 'completed', detail: { type: 'reflection', answers: { p1: 'Ayşe said <b>more</b> than I thought.' } } } },
} as unknown as LearnerProgress;

describe('makePortfolioFile', () => {
  it('makes the printable HTML in the course language, the learner text escaped', async () => {
    const load = vi.fn(async () => course('nb'));
    const { blob, fileName } = await makePortfolioFile({ format: 'html', course: load, progress, name: 'Łukasz Nowak', today: '2025-05-03' });
    expect(load).toHaveBeenCalledOnce();
    expect(blob.type).toBe('text/html;charset=utf-8');
    const page = await blob.text();
    expect(fileName).toMatch(/\.html$/);
    expect(page).toContain('<html lang="nb">');
    expect(page).toContain('Mappe med dokumentasjon');
    expect(page).toContain('Łukasz Nowak');
    expect(page).toContain('Ayşe said &lt;b&gt;more&lt;/b&gt; than I thought.');
  });

  it('makes the PDF with the certificate fonts', async () => {
    const { blob, fileName } = await makePortfolioFile({ format: 'pdf', course: async () => course('en'), progress, name: 'Łukasz Nowak', today: '2025-05-03', load: loadFromDisk });
    expect(fileName).toBe('portfolio.pdf');
    expect(blob.type).toBe('application/pdf');
    const [first] = await readPdfText(new Uint8Array(await blob.arrayBuffer()));
    const shown = readingOrder(first!.items);
    expect(shown).toContain('Łukasz Nowak');
    expect(shown).toContain('Ayşe said <b>more</b> than I thought.');
  });
});

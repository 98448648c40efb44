/**
 * The certificate PDF and the portfolio of evidence as a learner gets them: the web package built by the real pipeline (pdf-lib
 * and its fonts bundled by Vite, fetched only on Download), the fixture module taken by
 * keyboard, a name typed that has letters outside WinAnsi, the PDF downloaded and read back in
 * Node. The element tests use a fake PDF maker (the test runner's dev server cannot load
 * pdf-lib's CommonJS dependencies), so this is where the real PDFs are made in a browser; the
 * portfolio also proves that every module's text is gathered on demand (download-portfolio.ts).
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { CourseData } from '../../course/schema/course-data.ts';
import { loadCourse } from '../../build/load/load-course.ts';
import { readingOrder, readPdfText } from '../../components/src/pdf/test-support/read-pdf.ts';
import { buildAndServe, type ServedPackage } from './support/built-course.ts';
import { tabTo } from './support/keyboard.ts';
import { enterCourse, next, player, playModule, press, REFLECTION_TEXT, screenOn, signCertificate, ui } from './support/play-fixture.ts';

const FIXTURE = 'tests/fixtures/course';
let served: ServedPackage;
let course: CourseData;

test.beforeAll(async () => {
  served = await buildAndServe(FIXTURE);
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('fixture does not load');
  course = loaded.course.data.en!;
});
test.afterAll(async () => served?.server.close());

test('a mentor downloads the certificate PDF with the name as typed (Ayşe Yılmaz), then the portfolio as PDF and printable page', async ({ page }) => {
  await page.goto(served.server.url);
  const p = player(page, 'en');
  await enterCourse(p);
  await playModule(p, course.modules[0]!);
  const code = await signCertificate(p, 'Ayşe Yılmaz');

  const downloading = page.waitForEvent('download');
  await press(p, ui('en', 'certificate.downloadPdf'));
  const download = await downloading;
  await expect(page.locator('wm-certificate [role="status"]')).toHaveText(ui('en', 'certificate.pdfReady'));

  expect(download.suggestedFilename()).toMatch(/^certificate-WM-.+\.pdf$/);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const [sheet] = await readPdfText(bytes);
  const shown = readingOrder(sheet!.items);
  expect(shown).toContain('Ayşe Yılmaz');
  expect(shown).not.toContain('Ay?e');
  expect(shown).toContain(code.replace(/^.*?(WM-)/, '$1'));

  // Next after the certificate (the fixture's last activity) leads to the course end, where the portfolio downloads as a PDF and as a printable page.
  await next(p);
  expect(await screenOn(p)).toBe('course-end');
  // The same buttons are in the contents panel too: these are the course end's.
  const endButton = async (key: string) => {
    await tabTo(page, page.locator('wm-course-end').getByRole('button', { name: ui('en', key), exact: true }));
    await page.keyboard.press('Enter');
  };
  const pdfDownload = page.waitForEvent('download');
  await endButton('framing.portfolioActions.pdf');
  const portfolio = await pdfDownload;
  await expect(page.locator('wm-course-end wm-portfolio-actions [role="status"]')).toHaveText(ui('en', 'framing.portfolioActions.pdfReady'));
  expect(portfolio.suggestedFilename()).toBe('portfolio.pdf');
  const pages = await readPdfText(new Uint8Array(await readFile((await portfolio.path())!)));
  const all = pages.map((pg) => readingOrder(pg.items)).join(' ');
  expect(all).toContain('Portfolio of evidence');
  expect(all).toContain('Ayşe Yılmaz');
  expect(all).toContain(REFLECTION_TEXT);

  const htmlDownload = page.waitForEvent('download');
  await endButton('framing.portfolioActions.html');
  const printable = await htmlDownload;
  expect(printable.suggestedFilename()).toBe('portfolio.html');
  const printed = await readFile((await printable.path())!, 'utf8');
  expect(printed).toContain('<html lang="en">');
  expect(printed).toContain(REFLECTION_TEXT);
});

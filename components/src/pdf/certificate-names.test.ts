/**
 * The certificate prints every name as typed: a corpus of real names from the mentors'
 * countries (Norway, Flanders) and the countries their apprentices and colleagues come from,
 * in Latin with its accents, Greek, Cyrillic, Arabic, Hebrew and Ethiopic. Each is written into
 * a PDF, read back with pdfjs-dist as a viewer would, and compared with the name in reading
 * order; every glyph shown must be in the embedded subset (no '?', no .notdef box). Long names
 * stay on the page, and bidi controls in a name do not reorder it.
 */
import { describe, expect, it } from 'vitest';
import { certificatePdf, type CertificateText } from '../elements/wm-certificate/certificate-pdf.ts';
import { directionOf, loadFromDisk, readingOrder, readPdfText, shownGlyphs, type TextItem } from './test-support/read-pdf.ts';

export const NAME_CORPUS: Readonly<Record<string, readonly string[]>> = {
  norwegian: ['Åse Ødegård', 'Bjørn Kjærstad Haugen', 'Siv Ærø Lindbæk'],
  flemish: ['IJsbrand Van Dijck', 'Joëlle Vermeulen', 'Noël De Smet-Vanhoucke'],
  turkish: ['Ayşe Yılmaz', 'Çağrı Öztürk', 'İbrahim Güneş'],
  polish: ['Łukasz Wróbel', 'Małgorzata Ślęzak', 'Zofia Żółkiewska'],
  lithuanian: ['Žygimantas Čiurlionis', 'Gintarė Šaltenytė', 'Ąžuolas Ėrikas'],
  romanian: ['Ștefan Țurcanu', 'Ioana Mureșan'],
  vietnamese: ['Nguyễn Thị Phương', 'Trần Đức Thắng', 'Phạm Ngọc Ánh Hằng'],
  greek: ['Γιώργος Παπαδόπουλος', 'Ελένη Κωνσταντίνου'],
  cyrillic: ['Наталья Иванова', 'Олексій Їжаченко', 'Ґалина Євтушенко'],
  arabic: ['محمد الأحمد', 'فاطمة الزهراء', 'عبد الله يوسف'],
  hebrew: ['שרה כהן', 'יוסף לוי'],
  somali: ['Cabdiraxmaan Xasan Maxamed', 'Hodan Cali Warsame'],
  ethiopic: ['ሰላም ገብረመድህን', 'አበበ በቂላ', 'ኣማኑኤል ተስፋይ'],
  mixed: ['Dr. محمد Smith', 'Sara Levi שרה לוי'],
};

const base: CertificateText = {
  issuer: 'WORKMENTOR partnership',
  heading: 'Work Mentor Certificate',
  courseTitle: 'WORKMENTOR',
  name: '',
  statement: 'has completed the WORKMENTOR training for workplace mentors.',
  competencesLabel: 'Competences covered',
  competences: ['Feedback', 'Assessment'],
  issuedOn: 'Issued on 3 May 2025',
  issuedBy: 'Issued by WORKMENTOR partnership',
  code: 'Verification code: WM-7K3Q',
  lang: 'en',
};

const certificate = (name: string) => certificatePdf({ ...base, name }, { load: loadFromDisk });

/** The items between the course title and the statement: the name's lines. */
function nameItems(items: readonly TextItem[]): TextItem[] {
  const top = items.find((item) => item.str === 'WORKMENTOR')!.y;
  const bottom = items.find((item) => item.str.startsWith('has completed'))!.y;
  return items.filter((item) => item.y < top && item.y > bottom);
}

describe('certificate names', () => {
  for (const [group, names] of Object.entries(NAME_CORPUS)) {
    it(`prints ${group} names as typed, with every glyph in the embedded subset`, async () => {
      for (const name of names) {
        const bytes = await certificate(name);
        const [page] = await readPdfText(bytes);
        const shown = readingOrder(nameItems(page!.items), directionOf(name));
        expect(shown, name).toBe(name.normalize('NFC'));
        expect(shown).not.toMatch(/[?\uFFFD]/);
        const glyphs = await shownGlyphs(bytes);
        expect(glyphs.length).toBeGreaterThan(0);
        expect(glyphs.filter((glyph) => !glyph.inSubset), name).toEqual([]);
        for (const glyph of glyphs) expect(glyph.font).toMatch(/^[A-Z]{6}\+Noto/);
      }
    });
  }

  it('composes a name typed with combining accents (Vietnamese stacked marks)', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Phu\u031Bo\u031Bng';
    const [page] = await readPdfText(await certificate(decomposed));
    expect(readingOrder(nameItems(page!.items))).toBe('Nguyễn Thị Phương');
  });

  it('strips bidi controls: a name wrapped in an override shows in its own order', async () => {
    for (const [typed, printed] of [
      ['\u202EAyşe Yılmaz\u202C', 'Ayşe Yılmaz'],
      ['Bob\u202Enosliw', 'Bobnosliw'],
      ['\u2067שרה כהן\u2069 \u200Fx\u200E', 'שרה כהן x'],
      ['\u202Dمحمد\u061C الأحمد\u202C', 'محمد الأحمد'],
    ] as const) {
      const bytes = await certificate(typed);
      const [page] = await readPdfText(bytes);
      const items = nameItems(page!.items);
      expect(readingOrder(items, directionOf(printed))).toBe(printed);
      expect(items.map((item) => item.str).join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    }
  });

  it('wraps a long name onto a second line at full size, then shrinks a longer one', async () => {
    const long = 'Ingrid Marie Ørbæk-Christiansen Haugland Kristoffersen';
    const wrapped = nameItems((await readPdfText(await certificate(long)))[0]!.items);
    expect(new Set(wrapped.map((item) => Math.round(item.y))).size).toBe(2);
    expect(Math.max(...wrapped.map((item) => item.height))).toBeCloseTo(36, 0);
    expect(readingOrder(wrapped)).toBe(long);

    const longer = Array.from({ length: 6 }, () => long).join(' ');
    const shrunk = nameItems((await readPdfText(await certificate(longer)))[0]!.items);
    expect(Math.max(...shrunk.map((item) => item.height))).toBeLessThan(36);
    expect(readingOrder(shrunk)).toBe(longer);
  });

  it('keeps a 10,000-character name inside the page and its frame', async () => {
    for (const name of ['Ayşe'.repeat(2500), 'محمد '.repeat(2000).trim(), 'x'.repeat(10_000)]) {
      const [page] = await readPdfText(await certificate(name));
      for (const item of page!.items) {
        expect(item.x).toBeGreaterThanOrEqual(34);
        expect(item.x + item.width).toBeLessThanOrEqual(page!.width - 34);
        expect(item.y).toBeGreaterThanOrEqual(34);
        expect(item.y + item.height).toBeLessThanOrEqual(page!.height - 34);
      }
      // The statement is still below the name: the name did not push into it.
      expect(page!.items.some((item) => item.str.startsWith('has completed'))).toBe(true);
      expect(nameItems(page!.items).map((item) => item.str).join('')).toContain('\u2026');
    }
  });

  it('refuses a name no font has a letter for, so the element can say so', async () => {
    await expect(certificate('王小明')).rejects.toThrow(/王/);
  });
});

import { expect } from '@open-wc/testing';
import { A4_LANDSCAPE, PdfDocument } from '../../pdf/pdf-document.ts';
import { encodeWinAnsi } from '../../pdf/win-ansi.ts';
import { certificatePdf, type CertificateText } from './certificate-pdf.ts';

// Mocha globals from @web/test-runner (the project tsconfig loads no mocha types).
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, body: () => Promise<void> | void) => void;

// Latin-1 decoding maps every byte to one char, so string offsets are byte offsets.
const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);
/** The PDF as a string in which char i is byte i (TextDecoder's 'latin1' is really windows-1252). */
const bytesAsString = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const text: CertificateText = {
  issuer: 'WORKMENTOR partnership',
  heading: 'Work Mentor Certificate',
  courseTitle: 'WORKMENTOR',
  name: 'Åse Ødegård',
  statement: 'has completed the WORKMENTOR training for workplace mentors (vocational education).',
  competencesLabel: 'Competences covered',
  competences: ['Feedback', 'Assessment'],
  issuedOn: 'Issued on 3 May 2025',
  issuedBy: 'Issued by Ingrid Ørbæk',
  code: 'Verification code: WM-7K3Q',
};

describe('PdfDocument', () => {
  it('writes a PDF 1.4 file whose cross-reference offsets point at each object', () => {
    const file = bytesAsString(certificatePdf(text));
    expect(file.startsWith('%PDF-1.4\n')).to.equal(true);
    expect(file.endsWith('%%EOF\n')).to.equal(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)![1]);
    expect(file.slice(startxref, startxref + 5)).to.equal('xref\n');
    const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(file.slice(startxref))!;
    expect(first).to.equal('0');
    const entries = file.slice(startxref).split('\n').slice(2, 2 + Number(count));
    expect(entries[0]).to.equal('0000000000 65535 f ');
    entries.slice(1).forEach((entry, i) => {
      expect(entry).to.match(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(file.slice(offset, offset + `${i + 1} 0 obj`.length)).to.equal(`${i + 1} 0 obj`);
    });
  });

  it('has a trailer naming the size, the catalogue and the info dictionary', () => {
    const file = bytesAsString(certificatePdf(text));
    expect(file).to.contain('trailer\n<< /Size 8 /Root 1 0 R /Info 7 0 R >>');
    expect(file).to.contain('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>');
    expect(file).to.contain('/MediaBox [0 0 841.89 595.28]');
    expect(file).to.contain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(file).to.contain('/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding');
  });

  it('gives the content stream its exact length in bytes, non-ASCII text included', () => {
    const file = bytesAsString(certificatePdf(text));
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(file)![1]);
    const start = file.indexOf('stream\n') + 'stream\n'.length;
    expect(file.slice(start + length, start + length + '\nendstream'.length)).to.equal('\nendstream');
  });

  it('encodes names in WinAnsi, one byte per letter: Åse Ødegård, Ingrid Ørbæk', () => {
    const bytes = certificatePdf(text);
    const ase = Uint8Array.from([0xc5, 0x73, 0x65, 0x20, 0xd8, 0x64, 0x65, 0x67, 0xe5, 0x72, 0x64]);
    expect(Array.from(encodeWinAnsi('Åse Ødegård'))).to.deep.equal(Array.from(ase));
    expect(indexOfBytes(bytes, Uint8Array.from([0x28, ...ase, 0x29]))).to.be.greaterThan(0);
    expect(indexOfBytes(bytes, encodeWinAnsi('Ingrid Ørbæk'))).to.be.greaterThan(0);
    expect(indexOfBytes(bytes, new TextEncoder().encode('Ø'))).to.equal(-1, 'no UTF-8 in the content');
  });

  it('maps typographic marks into WinAnsi and anything else to "?"', () => {
    expect(Array.from(encodeWinAnsi('€ – ’ é ë ï ü'))).to.deep.equal([0x80, 0x20, 0x96, 0x20, 0x92, 0x20, 0xe9, 0x20, 0xeb, 0x20, 0xef, 0x20, 0xfc]);
    expect(latin1(encodeWinAnsi('Łukasz 李'))).to.equal('?ukasz ?');
    // A name typed with a combining ring is normalised to the one letter Å.
    expect(Array.from(encodeWinAnsi('A\u030Ase'))).to.deep.equal([0xc5, 0x73, 0x65]);
  });

  it('escapes parentheses and backslashes in text', () => {
    const pdf = new PdfDocument({ width: 200, height: 100 });
    pdf.text('a (b) \\c', { x: 10, y: 10, size: 12 });
    expect(bytesAsString(pdf.toBytes())).to.contain('(a \\(b\\) \\\\c) Tj');
  });

  it('measures text with the Helvetica widths and centres it on the page', () => {
    const pdf = new PdfDocument({ width: 200, height: 100 });
    // H 722 + e 556 + l 222 + l 222 + o 556 = 2278 units: 22.78 pt at 10 pt.
    expect(pdf.textWidth('Hello', 10)).to.be.closeTo(22.78, 1e-9);
    expect(pdf.textWidth('Hello', 10, 'bold')).to.be.closeTo((722 + 556 + 278 + 278 + 611) / 100, 1e-9);
    expect(pdf.textWidth('Ørbæk', 10)).to.be.closeTo((778 + 333 + 556 + 889 + 500) / 100, 1e-9);
    pdf.centredText('Hello', { y: 50, size: 10 });
    expect(bytesAsString(pdf.toBytes())).to.contain('/F1 10 Tf 0 0 0 rg 88.61 50 Td (Hello) Tj');
  });

  it('wraps a paragraph into lines that fit the width', () => {
    const pdf = new PdfDocument(A4_LANDSCAPE);
    const lines = pdf.wrapText(text.statement.repeat(3), 300, 14);
    expect(lines.length).to.be.greaterThan(3);
    for (const line of lines) expect(pdf.textWidth(line, 14)).to.be.at.most(300);
    expect(lines.join(' ')).to.equal(text.statement.repeat(3).split(/\s+/).join(' '));
  });

  it('stores the title as UTF-16 so any name shows in the viewer’s title bar', () => {
    const file = bytesAsString(new PdfDocument({ width: 10, height: 10, title: 'Ø' }).toBytes());
    expect(file).to.contain('/Title <FEFF00D8>');
  });
});

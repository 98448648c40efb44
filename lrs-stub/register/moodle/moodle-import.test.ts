/**
 * Importing Moodle's grade export and course completion report: each row added, already
 * registered, or reported with its line and a reason a coordinator understands; headers in
 * English, Dutch and Norwegian; commas, semicolons, tabs, a BOM, UTF-16; and a damaged file
 * registering nothing at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegisterStore, type RegisterStore } from '../register-store.ts';
import { testCourse } from '../test-register.ts';
import { MoodleFileError } from './moodle-file-error.ts';
import { importMoodleCsv, type MoodleImportOptions, MoodleImportOptionsSchema } from './moodle-import.ts';
import { readGrade, readMoodleDay } from './moodle-values.ts';
import { COMPLETION_EN, COMPLETION_NB, GRADES_EN, GRADES_NL } from './moodle-samples.test-support.ts';

let register: RegisterStore;
beforeEach(() => {
  register = openRegisterStore({ path: ':memory:' });
});
afterEach(() => register.close());

const NOW = new Date('2026-07-01T09:00:00Z');
const options = (overrides: Partial<Record<keyof MoodleImportOptions, string>> = {}) => MoodleImportOptionsSchema.parse(overrides);
const run = (text: string | Buffer, overrides: Partial<Record<keyof MoodleImportOptions, string>> = {}) =>
  importMoodleCsv(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), options(overrides), { register, course: testCourse(), courseVersion: '1.0.0', now: NOW });

describe('Moodle grade export', () => {
  it('adds learners at or above the pass grade (default: the course pass mark), and says why each other row was not', () => {
    const report = run(GRADES_EN);
    expect(testCourse().passMark).toBe(80);
    expect(report.settings).toEqual({ format: 'grade-export', gradeColumn: 'Course total (Real)', passGrade: 80, courseVersion: '1.0.0', language: 'en', dateOrder: 'dmy', separator: 'comma' });
    expect(report.rows).toBe(7);
    expect(report.added.map((e) => [e.name, e.identifier, e.identifierType, e.awardedOn, e.source])).toEqual([
      ['Ayşe Yılmaz', 'ayse.yilmaz@example.org', 'emailAddress', '2026-06-30', 'moodle-csv'],
      ['محمد علي', 'mohammed@example.org', 'emailAddress', '2026-06-30', 'moodle-csv'],
    ]);
    expect(report.unmatched.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 3, reason: 'grade 54.00 is below the pass grade 80.00' },
      { line: 4, reason: 'no email address or ID number' },
      { line: 5, reason: 'no grade in "Course total (Real)"' },
      { line: 7, reason: 'grade 79.99 is below the pass grade 80.00' },
      { line: 8, reason: '"not-an-email" is not an email address, and there is no ID number' },
    ]);
    // The row as it was in the file, quoted commas and quotes intact, for the coordinator to see.
    expect(report.unmatched[0]!.row).toMatchObject({ 'First name': 'Łukasz', Institution: 'Kowalski & "Zonen"', 'Course total (Real)': '54.00' });
    expect(report.alreadyRegistered).toBe(0);
  });

  it('takes the pass grade and the grade column a coordinator names', () => {
    const report = run(GRADES_EN, { passGrade: '60', gradeColumn: 'quiz: final assessment (real)' });
    expect(report.settings).toMatchObject({ gradeColumn: 'Quiz: Final assessment (Real)', passGrade: 60 });
    expect(report.unmatched.find((u) => u.line === 3)?.reason).toBe('grade 54.00 is below the pass grade 60.00');
    // With no email address, the ID number identifies the learner.
    expect(report.added.map((e) => e.name)).toEqual(['Ayşe Yılmaz', 'محمد علي', 'דוד כהן']);
  });

  it('reads a Dutch export: semicolons, decimal commas, the real course total before the percentage', () => {
    const report = run(GRADES_NL, { language: 'nl' });
    expect(report.settings).toMatchObject({ format: 'grade-export', gradeColumn: 'Cursustotaal (Echt)', separator: 'semicolon', language: 'nl' });
    expect(report.added.map((e) => [e.name, e.language])).toEqual([['Els Van den Broeck', 'nl']]);
    expect(report.unmatched).toEqual([expect.objectContaining({ line: 3, reason: 'grade 61.00 is below the pass grade 80.00' })]);
  });

  it('registers a file imported twice once: the second time every passing row is already registered', () => {
    const first = run(GRADES_EN);
    const second = run(GRADES_EN);
    expect(first.added).toHaveLength(2);
    expect(second).toMatchObject({ added: [], alreadyRegistered: 2 });
    expect(second.unmatched).toHaveLength(5);
    expect(register.search({ status: 'all' }).total).toBe(2);
  });

  it('counts a learner already registered from the LRS (same email, any case) as already registered', () => {
    register.add({ name: 'Ayşe Yılmaz', identifier: 'ayse.yilmaz@example.org', identifierType: 'emailAddress', awardedOn: '2026-06-29', awardedAt: '2026-06-29T10:00:00Z', language: 'nl', courseVersion: '1.0.0', source: 'lrs', sourceRef: 'statement-1' });
    const report = run(GRADES_EN);
    expect(report.alreadyRegistered).toBe(1);
    expect(report.added.map((e) => e.name)).toEqual(['محمد علي']);
  });

  it("reports a learner erased at their request since as a row that stays out, and says to erase them in Moodle too", () => {
    run(GRADES_EN);
    register.erase({ lrsAgent: 'mbox|mailto:ayse.yilmaz@example.org', identities: [{ identifierType: 'emailAddress', identifier: 'ayse.yilmaz@example.org' }] }, new Date('2026-07-01T08:00:00Z'));
    const again = run(GRADES_EN);
    expect(again.added).toEqual([]);
    expect(again.alreadyRegistered).toBe(1);
    expect(again.unmatched.find((u) => u.line === 2)).toMatchObject({
      line: 2,
      reason: "this learner's data was erased at their request on 2026-07-01, after this certificate was awarded; it stays erased (erase them in Moodle too, so the next export leaves them out)",
    });
    expect(register.search({ status: 'all', q: 'ayse' }).total).toBe(0);
  });

  it('records the course version asked for', () => {
    const report = run(GRADES_EN, { courseVersion: '0.9.0' });
    expect(report.added.every((e) => e.courseVersion === '0.9.0')).toBe(true);
  });
});

describe('Moodle course completion report', () => {
  it('adds learners with a completion date, on that date, and reports the others', () => {
    const report = run(COMPLETION_EN);
    expect(report.settings).toMatchObject({ format: 'completion-report', gradeColumn: null, passGrade: null });
    expect(report.added.map((e) => [e.name, e.identifier, e.identifierType, e.awardedOn])).toEqual([
      ['Σοφία Παπαδοπούλου', 'GR-3', 'accountId', '2026-06-21'],
      ['Ayşe Yılmaz', 'ayse.yilmaz@example.org', 'emailAddress', '2026-06-30'],
    ]);
    expect(report.unmatched.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 4, reason: 'no completion date: Moodle does not count the course as complete for this learner' },
      { line: 5, reason: 'the completion date "31/02/26, 10:00" is not a date this import can read (it reads day/month/year as Moodle writes it; set dateOrder if the file uses another order)' },
    ]);
  });

  it('reads the Norwegian report with tabs, and the same file as UTF-16 (Moodle\'s "Excel" download)', () => {
    const utf8 = run(COMPLETION_NB, { language: 'nb' });
    expect(utf8.settings.separator).toBe('tab');
    expect(utf8.added.map((e) => [e.name, e.awardedOn, e.language])).toEqual([['Ingrid Haugen', '2026-06-30', 'nb']]);
    expect(utf8.unmatched.map((u) => u.line)).toEqual([3]);
    register.close();
    register = openRegisterStore({ path: ':memory:' });
    const utf16 = run(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COMPLETION_NB, 'utf16le')]), { language: 'nb' });
    expect(utf16.added.map((e) => e.name)).toEqual(['Ingrid Haugen']);
  });

  it('refuses a completion date in the future', () => {
    const report = run('Name,"Email address","Course complete"\nAna,ana@example.org,"02/07/27, 10:00"\n');
    expect(report.unmatched[0]!.reason).toBe('the completion date 2027-07-02 is in the future');
  });
});

describe('a file the import cannot read', () => {
  const refusal = (text: string | Buffer, overrides = {}) => {
    try {
      run(text, overrides);
    } catch (error) {
      expect(error).toBeInstanceOf(MoodleFileError);
      return (error as MoodleFileError).message;
    }
    throw new Error('the file was accepted');
  };

  it('names the line of an unclosed quote, and registers none of the good rows before it', () => {
    const damaged = GRADES_EN.replace('محمد,علي,,,,mohammed@example.org', '"محمد,علي,,,,mohammed@example.org');
    expect(refusal(damaged)).toMatch(/^line \d+: Quote Not Closed.*the file is damaged or was edited by hand: export it again from Moodle/);
    expect(register.search({ status: 'all' }).total).toBe(0);
  });

  it('names the line of a row with the wrong number of cells', () => {
    expect(refusal('"First name","Last name","Email address","Course total (Real)"\nAna,Mentor,ana@example.org,90.00\nBob,Mentor,bob@example.org,90.00,extra\n')).toMatch(/^line 3: Invalid Record Length: expect 4, got 5/);
    expect(register.search({ status: 'all' }).total).toBe(0);
  });

  it('says which headers it found when there is neither a course total nor a completion column', () => {
    expect(refusal('"First name","Email address","Assignment: Essay (Real)"\nAna,ana@example.org,90\n')).toBe(
      'line 1: neither a "Course total" grade column nor a "Course complete" column (the headers are "First name", "Email address", "Assignment: Essay (Real)"); export the grades with the course total, or the course completion report, or name the final grade column with gradeColumn',
    );
    expect(refusal(GRADES_EN, { gradeColumn: 'Final exam' })).toMatch(/^line 1: there is no column "Final exam" \(the headers are "First name", /);
  });

  it('needs a column that identifies learners', () => {
    expect(refusal('"First name","Last name","Course total (Real)"\nAna,Mentor,90\n')).toMatch(/no "Email address", "ID number" or "Username" column/);
  });

  it('refuses empty files, single-column files, letter grades and text that is not UTF-8', () => {
    expect(refusal('')).toMatch(/^the file is empty/);
    expect(refusal('just one header\nvalue\n')).toMatch(/^line 1: the header has one column only/);
    expect(refusal('"Email address","Course total (Letter)"\nana@example.org,B\n')).toMatch(/holds letters, not numbers/);
    expect(refusal(Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x2c, 0x45, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xc4, 0x2c, 0x78, 0x0a]))).toMatch(/not UTF-8 text/);
  });
});

describe('Moodle values', () => {
  it('reads grades as Moodle formats them', () => {
    expect(readGrade('54.00')).toEqual({ kind: 'grade', value: 54 });
    expect(readGrade('82,50')).toEqual({ kind: 'grade', value: 82.5 });
    expect(readGrade('82,50 %')).toEqual({ kind: 'grade', value: 82.5 });
    expect(readGrade('-')).toEqual({ kind: 'none' });
    expect(readGrade('')).toEqual({ kind: 'none' });
    expect(readGrade('=1+1')).toEqual({ kind: 'unreadable' });
  });

  it('reads dates in the forms Moodle writes them', () => {
    expect(readMoodleDay('30/06/26, 14:05')).toBe('2026-06-30');
    expect(readMoodleDay('30.06.2026 14:05')).toBe('2026-06-30');
    expect(readMoodleDay('30-06-26')).toBe('2026-06-30');
    expect(readMoodleDay('06/30/26, 2:05 PM', 'mdy')).toBe('2026-06-30');
    expect(readMoodleDay('2026-06-30 14:05')).toBe('2026-06-30');
    expect(readMoodleDay('Tuesday, 30 June 2026, 2:05 PM')).toBe('2026-06-30');
    expect(readMoodleDay('dinsdag 30 juni 2026, 14:05')).toBe('2026-06-30');
    expect(readMoodleDay('tirsdag 30. juni 2026, 14:05')).toBe('2026-06-30');
    expect(readMoodleDay('1782820800')).toBe('2026-06-30');
    expect(readMoodleDay('30/13/26')).toBeUndefined();
    expect(readMoodleDay('soon')).toBeUndefined();
  });
});

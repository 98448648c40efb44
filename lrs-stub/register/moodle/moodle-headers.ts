/**
 * Which column of a Moodle export is what, in the languages the course is taught in. Moodle
 * writes its headers in the exporting user's language, from its language strings:
 *
 * - grade export (grade/export/txt/grade_export_txt.php): the user's identity fields by their
 *   names (core `firstname`, `lastname`, `email`, `idnumber`, ...), then one column per grade
 *   item and display type, "<item> (<type>)" (`gradeexportcolumntype`), where the course total
 *   item is `coursetotal` ("Course total") and an activity is "<module name>: <activity name>"
 *   ("Quiz: Final assessment", "SCORM package: WORKMENTOR"), and last `timeexported` ("Last
 *   downloaded from this course", a Unix time);
 * - course completion report CSV (report/completion/index.php): "ID", "Name", the identity
 *   fields, per activity its state and "<activity> - Completion date", then "Course complete"
 *   (`coursecomplete`), holding the date the course was completed, empty when it is not.
 *
 * The English strings are Moodle's own (lang/en of core, grades, completion, gradeexport_txt,
 * report_completion). Dutch "Voornaam" is confirmed against Moodle 2.6's nl language pack; the
 * other Dutch and the Norwegian (bokmål) names are the usual translations and are best effort:
 * a header not recognised is reported with the list of headers, and `gradeColumn` names any
 * grade column exactly. Headers are matched ignoring case, spaces and a trailing colon.
 */

export type ColumnRole = 'firstName' | 'lastName' | 'fullName' | 'email' | 'idNumber' | 'username' | 'language' | 'courseComplete' | 'timeExported';

const ALIASES: Record<ColumnRole, readonly string[]> = {
  firstName: ['first name', 'firstname', 'given name', 'voornaam', 'fornavn'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'achternaam', 'familienaam', 'etternavn'],
  fullName: ['name', 'full name', 'fullname', 'naam', 'volledige naam', 'navn', 'fullt navn', 'fullstendig navn'],
  email: ['email address', 'email', 'e-mail', 'e-mail address', 'e-mailadres', 'emailadres', 'e-postadresse', 'e-post', 'epost'],
  idNumber: ['id number', 'idnumber', 'id-nummer', 'idnummer', 'identificatienummer'],
  username: ['username', 'gebruikersnaam', 'brukernavn'],
  language: ['language', 'preferred language', 'taal', 'voorkeurstaal', 'språk', 'foretrukket språk'],
  courseComplete: ['course complete', 'course completed', 'cursus voltooid', 'cursus volledig', 'cursus afgerond', 'kurs fullført', 'emne fullført', 'kurset er fullført'],
  timeExported: ['last downloaded from this course', 'laatst gedownload van deze cursus', 'sist lastet ned fra dette kurset', 'sist lastet ned fra dette emnet'],
};

const COURSE_TOTAL = ['course total', 'cursustotaal', 'totaal cursus', 'totaal voor cursus', 'kurs totalt', 'totalt for kurset', 'emnetotal', 'sum for emnet', 'totalt for emnet'];

/** Moodle's grade display types (`real`, `percentage`, `letter` in grades.php). */
const DISPLAY_TYPES = {
  real: ['real', 'echt', 'reëel', 'reeel', 'reell', 'verdi'],
  percentage: ['percentage', 'procent', 'prosent'],
  letter: ['letter', 'bokstav'],
} as const;
export type DisplayType = keyof typeof DISPLAY_TYPES | 'unknown';

export const normalizeHeader = (header: string): string =>
  header.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').replace(/:$/, '').toLowerCase();

export interface GradeColumn {
  index: number;
  header: string;
  item: string;
  display: DisplayType;
}

/** "Course total (Real)" → item "Course total", display real. */
export function gradeColumnOf(header: string, index: number): GradeColumn {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(header.trim());
  const item = match ? match[1]! : header.trim();
  const type = match ? normalizeHeader(match[2]!) : '';
  const display = (Object.keys(DISPLAY_TYPES) as (keyof typeof DISPLAY_TYPES)[]).find((key) => (DISPLAY_TYPES[key] as readonly string[]).includes(type)) ?? 'unknown';
  return { index, header, item, display };
}

export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** The first column of each role. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    for (const role of Object.keys(ALIASES) as ColumnRole[]) {
      if (map[role] === undefined && ALIASES[role].includes(name)) map[role] = index;
    }
  });
  return map;
}

/** The course total column to read by default: the real value if exported, else the percentage. */
export function courseTotalColumn(header: readonly string[]): GradeColumn | undefined {
  const totals = header.map(gradeColumnOf).filter((column) => COURSE_TOTAL.includes(normalizeHeader(column.item)));
  // A letter-only course total is still returned, so the import can say why it cannot use it.
  return totals.find((column) => column.display === 'real') ?? totals.find((column) => column.display === 'percentage') ?? totals.find((column) => column.display !== 'letter') ?? totals[0];
}

/** The column a coordinator named, matched like the other headers. */
export function namedColumn(header: readonly string[], name: string): GradeColumn | undefined {
  const wanted = normalizeHeader(name);
  const index = header.findIndex((cell) => normalizeHeader(cell) === wanted);
  return index < 0 ? undefined : gradeColumnOf(header[index]!, index);
}

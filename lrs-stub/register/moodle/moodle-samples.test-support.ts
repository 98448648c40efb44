/**
 * Moodle exports as schools download them, for the import tests: written to match what
 * grade/export/txt and report/completion write (fputcsv quoting: fields with spaces,
 * separators or quotes are quoted), in English, Dutch and Norwegian, with the separators a
 * teacher can choose, a BOM from a spreadsheet that re-saved the file, and names in many
 * scripts. 1782820800 is 2026-06-30 12:00 UTC ("Last downloaded from this course").
 */

/** English grade export, commas, BOM; the course total is the final grade. */
export const GRADES_EN = `\uFEFF"First name","Last name","ID number",Institution,Department,"Email address","Quiz: Final assessment (Real)","Course total (Real)","Last downloaded from this course"
Ayşe,Yılmaz,,"Bakkerij Yılmaz, Gent",,Ayse.Yilmaz@Example.org,85.00,85.00,1782820800
Łukasz,Nowak,EMP-0042,"Kowalski & ""Zonen""",Keuken,lukasz@example.org,54.00,54.00,1782820800
Σοφία,Παπαδοπούλου,,,,,92.00,92.00,1782820800
Мария,Иванова,RU-7,,,maria@example.org,-,-,1782820800
محمد,علي,,,,mohammed@example.org,80.00,80.00,1782820800
דוד,כהן,,,,david@example.org,79.99,79.99,1782820800
Jan,Peeters,,,,not-an-email,90.00,90.00,1782820800
`;

/** Dutch grade export, semicolons, decimal commas, a percentage column too. */
export const GRADES_NL = `Voornaam;Achternaam;ID-nummer;Instelling;Afdeling;E-mailadres;"SCORM-pakket: WORKMENTOR (Echt)";"Cursustotaal (Echt)";"Cursustotaal (Percentage)";"Laatst gedownload van deze cursus"
Els;"Van den Broeck";;"Garage Van den Broeck; Mechelen";;els@example.be;82,50;82,50;"82,50 %";1782820800
Pieter;Claes;B-17;;;pieter@example.be;61,00;61,00;"61,00 %";1782820800
`;

/** Norwegian course completion report, tabs. */
export const COMPLETION_NB = `ID\tNavn\tE-postadresse\tWORKMENTOR\tWORKMENTOR - Fullføringsdato\tKurs fullført
17\tIngrid Haugen\tingrid@example.no\tFullført\t30.06.26, 14:05\t30.06.26, 14:05
18\tOla Nordmann\tola@example.no\tIkke fullført\t\t
`;

/** English course completion report, commas; a row completed on 21 June 2026. */
export const COMPLETION_EN = `ID,Name,"Email address","ID number",WORKMENTOR,"WORKMENTOR - Completion date","Course complete"
21,"Σοφία Παπαδοπούλου",,GR-3,Completed,"21/06/26, 09:15","21/06/26, 09:15"
22,"Ayşe Yılmaz",ayse.yilmaz@example.org,,Completed,"30/06/26, 14:05","30/06/26, 14:05"
23,"Tom Smith",tom@example.org,,"Not completed",,
24,"Kim Lee",kim@example.org,,Completed,"31/02/26, 10:00","31/02/26, 10:00"
`;

/** Tekst for den offentlige delen av sertifikatregisteret (norsk bokmål). */
import type { Messages } from '../messages.ts';
import type { verification as source } from '../en/verification.ts';

export const verification: Messages<typeof source> = {
  pageTitle: 'Sjekk et sertifikat',
  intro: 'Skriv inn verifiseringskoden som står på sertifikatet, for å sjekke at det er utstedt og fortsatt gjelder.',
  codeLabel: 'Verifiseringskode',
  codeHint: 'Tolv bokstaver og sifre, for eksempel 7K3M-Q9XD-2HPA. Store bokstaver, mellomrom og bindestreker spiller ingen rolle.',
  check: 'Sjekk',
  validHeading: 'Dette sertifikatet er gyldig',
  revokedHeading: 'Dette sertifikatet er trukket tilbake',
  awardedTo: 'Utstedt til',
  course: 'Kurs',
  awardedOn: 'Utstedt',
  status: 'Status',
  statusValid: 'Gyldig',
  statusRevoked: 'Trukket tilbake {{date}}',
  issuer: 'Utstedt av',
  code: 'Verifiseringskode',
  nameMissing: '(ingen navn er registrert)',
  erased: 'Innehaveren av dette beviset ba om å få opplysningene sine slettet, og det ble gjort {{date}}. Registeret har ikke lenger noe om det: beviset gjelder ikke lenger.',
  notFoundTitle: 'Fant ikke sertifikatet',
  notFound: 'Det finnes ikke noe sertifikat med koden {{code}}.',
  notFoundHelp:
    'Sammenlign koden med den på sertifikatet, tegn for tegn. Kodene bruker sifrene 0–9 og bokstavene A–Z unntatt I, L, O og U, så bokstaven O leses som sifferet 0, og I eller L som 1. Hvis koden stemmer og likevel ikke blir funnet, spør skolen som utstedte sertifikatet.',
  invalidCode: '«{{code}}» er ikke en verifiseringskode: en kode har tolv bokstaver og sifre, for eksempel 7K3M-Q9XD-2HPA.',
  tooManyTitle: 'For mange søk',
  tooMany: 'Det er sjekket mange koder fra nettverket ditt på kort tid. Prøv igjen om {{seconds}} sekunder.',
  checkAnother: 'Sjekk en annen kode',
  certificateHeading: 'Sertifikat',
  certifies: 'Det bekreftes at',
  passed: 'har fullført kurset og bestått den avsluttende vurderingen:',
  verifyAt: 'Sjekk dette sertifikatet på {{url}}',
  criteria: 'Fullført alle modulene i kurset og bestått den avsluttende vurderingen.',
};

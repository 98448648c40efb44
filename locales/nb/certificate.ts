/** Interface text for the certificate (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { certificate as source } from '../en/certificate.ts';

export const certificate: Messages<typeof source> = {
  nameLabel: 'Navnet ditt slik det skal stå på kursbeviset',
  nameHint: 'Læringsplattformen delte ikke navnet ditt, så skriv det inn her.',
  nameFirst: 'Skriv inn navnet ditt først.',
  namePlaceholder: 'Navnet ditt',
  competences: 'Kompetanser som dekkes',
  issuedOn: 'Utstedt {{date}}',
  issuedBy: 'Utstedt av {{issuer}}',
  code: 'Verifiseringskode: {{code}}',
  print: 'Skriv ut',
  downloadPdf: 'Last ned PDF',
  pdfReady: 'Kursbeviset ditt er lastet ned som PDF.',
  pdfFailed: 'PDF-en kunne ikke lages. Velg Skriv ut og «Lagre som PDF» i stedet.',
  fileName: 'kursbevis',
  notYetHeading: 'Kursbeviset ditt venter på deg',
  notYet_one: 'Fullfør denne modulen for å få kursbeviset:',
  notYet_other: 'Fullfør disse {{count}} modulene for å få kursbeviset:',
  registeredHeading: 'I skolens register',
  registered: 'Skolen din har ført dette kursbeviset inn i registeret over sertifiserte arbeidsplassveiledere. Den du viser det til, kan sjekke det der.',
  registeredVerify: 'Sjekk det i registeret',
  registeredCredential: 'Last det ned som digitalt bevis (Open Badge)',
  registeredCredentialHint: 'En signert fil du kan ta vare på, eller legge i en digital lommebok eller en CV-tjeneste som godtar Open Badges.',
  revoked: 'Skolen din har trukket dette kursbeviset tilbake fra registeret. Spør skolen hvorfor.',
};

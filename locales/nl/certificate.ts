/** Interface text for the certificate (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { certificate as source } from '../en/certificate.ts';

export const certificate: Messages<typeof source> = {
  nameLabel: 'Je naam zoals die op het certificaat moet staan',
  nameHint: 'Je leerplatform gaf je naam niet door, dus typ hem hier.',
  nameFirst: 'Typ eerst je naam.',
  namePlaceholder: 'Jouw naam',
  competences: 'Behandelde competenties',
  issuedOn: 'Uitgereikt op {{date}}',
  issuedBy: 'Uitgereikt door {{issuer}}',
  code: 'Verificatiecode: {{code}}',
  print: 'Afdrukken',
  downloadPdf: 'Download als pdf',
  pdfReady: 'Je certificaat is gedownload als pdf.',
  pdfFailed: 'De pdf kon niet gemaakt worden. Kies Afdrukken en dan “Opslaan als pdf”.',
  fileName: 'certificaat',
  notYetHeading: 'Je certificaat wacht op je',
  notYet_one: 'Rond deze module af om je certificaat te krijgen:',
  notYet_other: 'Rond deze {{count}} modules af om je certificaat te krijgen:',
  registeredHeading: 'In het register van je school',
  registered: 'Je school heeft dit certificaat opgenomen in haar register van gecertificeerde mentoren op de werkplek. Wie je het toont, kan het daar nagaan.',
  registeredVerify: 'Bekijk het in het register',
  registeredCredential: 'Download het als digitaal bewijs (Open Badge)',
  registeredCredentialHint: 'Een ondertekend bestand dat je kunt bewaren, of toevoegen aan een digitale portefeuille of een cv-platform dat Open Badges aanvaardt.',
  revoked: 'Je school heeft dit certificaat uit haar register teruggetrokken. Vraag je school waarom.',
};

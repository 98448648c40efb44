/** Tekst van de publieke kant van het certificatenregister (Nederlands, zoals in Vlaanderen gebruikt). */
import type { Messages } from '../messages.ts';
import type { verification as source } from '../en/verification.ts';

export const verification: Messages<typeof source> = {
  pageTitle: 'Een certificaat controleren',
  intro: 'Typ de verificatiecode die op het certificaat staat om te controleren of het werd uitgereikt en nog geldt.',
  codeLabel: 'Verificatiecode',
  codeHint: 'Twaalf letters en cijfers, zoals 7K3M-Q9XD-2HPA. Hoofdletters, spaties en streepjes maken niet uit.',
  check: 'Controleren',
  validHeading: 'Dit certificaat is geldig',
  revokedHeading: 'Dit certificaat is ingetrokken',
  awardedTo: 'Uitgereikt aan',
  course: 'Opleiding',
  awardedOn: 'Uitgereikt op',
  status: 'Status',
  statusValid: 'Geldig',
  statusRevoked: 'Ingetrokken op {{date}}',
  issuer: 'Uitgereikt door',
  code: 'Verificatiecode',
  nameMissing: '(er werd geen naam geregistreerd)',
  erased: 'De houder van dit certificaat vroeg om zijn of haar gegevens te wissen; dat gebeurde op {{date}}. Het register bewaart er niets meer over: het certificaat geldt niet meer.',
  notFoundTitle: 'Certificaat niet gevonden',
  notFound: 'Er is geen certificaat met de code {{code}}.',
  notFoundHelp:
    'Vergelijk de code teken voor teken met die op het certificaat. Codes gebruiken de cijfers 0–9 en de letters A–Z behalve I, L, O en U; een letter O wordt dus als het cijfer 0 gelezen en een I of L als 1. Klopt de code en wordt ze toch niet gevonden, vraag het dan aan de school die het certificaat uitreikte.',
  invalidCode: '‘{{code}}’ is geen verificatiecode: een code heeft twaalf letters en cijfers, zoals 7K3M-Q9XD-2HPA.',
  tooManyTitle: 'Te veel controles',
  tooMany: 'Vanuit je netwerk werden in korte tijd veel codes gecontroleerd. Probeer het over {{seconds}} seconden opnieuw.',
  checkAnother: 'Een andere code controleren',
  certificateHeading: 'Certificaat',
  certifies: 'Hierbij wordt bevestigd dat',
  passed: 'de opleiding heeft afgerond en voor de eindtoets geslaagd is:',
  verifyAt: 'Controleer dit certificaat op {{url}}',
  criteria: 'Alle modules van de opleiding afgerond en geslaagd voor de eindtoets.',
};

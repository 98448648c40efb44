/**
 * Text of the certificate register's public side (English, the source locale): the page where
 * anyone checks a certificate by its code, the certificate image, and the criteria sentence in
 * the credential. Served by the LRS (lrs-stub/register/), not part of the course bundle, so it
 * is not in this locale's index.
 */
export const verification = {
  pageTitle: 'Check a certificate',
  intro: 'Type the verification code printed on the certificate to check that it was awarded and still stands.',
  codeLabel: 'Verification code',
  codeHint: 'Twelve letters and digits, like 7K3M-Q9XD-2HPA. Capitals, spaces and dashes do not matter.',
  check: 'Check',
  validHeading: 'This certificate is valid',
  revokedHeading: 'This certificate has been revoked',
  awardedTo: 'Awarded to',
  course: 'Course',
  awardedOn: 'Awarded on',
  status: 'Status',
  statusValid: 'Valid',
  statusRevoked: 'Revoked on {{date}}',
  issuer: 'Issued by',
  code: 'Verification code',
  nameMissing: '(no name was recorded)',
  erased: 'The holder of this certificate asked for their data to be erased, and it was on {{date}}. The register keeps nothing more about it: the certificate no longer stands.',
  notFoundTitle: 'Certificate not found',
  notFound: 'No certificate has the code {{code}}.',
  notFoundHelp:
    'Compare the code with the one on the certificate, character by character. Codes use the digits 0–9 and the letters A–Z except I, L, O and U, so a letter O is read as the digit 0 and I or L as 1. If the code is right and still not found, ask the school that issued the certificate.',
  invalidCode: '“{{code}}” is not a verification code: a code has twelve letters and digits, like 7K3M-Q9XD-2HPA.',
  tooManyTitle: 'Too many checks',
  tooMany: 'Many codes were checked from your network in a short time. Try again in {{seconds}} seconds.',
  checkAnother: 'Check another code',
  certificateHeading: 'Certificate',
  certifies: 'This certifies that',
  passed: 'completed the course and passed its final assessment:',
  verifyAt: 'Check this certificate at {{url}}',
  criteria: 'Completed every module of the course and passed its final assessment.',
} as const;

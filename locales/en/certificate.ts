/** Interface text for the certificate (English, the source locale). */
export const certificate = {
  nameLabel: 'Your name as it should appear on the certificate',
  nameHint: 'Your learning platform did not share your name, so type it here.',
  nameFirst: 'Type your name first.',
  namePlaceholder: 'Your name',
  competences: 'Competences covered',
  issuedOn: 'Issued on {{date}}',
  issuedBy: 'Issued by {{issuer}}',
  code: 'Verification code: {{code}}',
  print: 'Print',
  downloadPdf: 'Download PDF',
  pdfReady: 'Your certificate has been downloaded as a PDF.',
  pdfFailed: 'The PDF could not be made. Use Print and choose “Save as PDF” instead.',
  /** File name of the PDF, without extension. */
  fileName: 'certificate',
  notYetHeading: 'Your certificate is waiting for you',
  notYet_one: 'Complete this module to receive your certificate:',
  notYet_other: 'Complete these {{count}} modules to receive your certificate:',
} as const;

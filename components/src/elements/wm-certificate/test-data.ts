/** Certificate data as the shell passes it, with Norwegian and Danish-style names to encode. */
import type { CertificateData } from '../../../../course/schema/course-data.ts';

export const certificate: CertificateData = {
  id: 'certificate',
  type: 'certificate',
  title: 'Your certificate',
  optional: false,
  weight: 0,
  heading: 'Work Mentor Certificate',
  statement: 'has completed the WORKMENTOR training for workplace mentors in vocational education.',
  issuer: 'WORKMENTOR partnership',
};

export const courseTitle = 'WORKMENTOR: mentoring apprentices at work';
export const competences = ['Welcoming a new apprentice', 'Giving feedback on work', 'Working with the school', 'Assessing progress'];
export const issuedOn = '2025-05-03';
export const code = 'WM-7K3Q-9XPD';
/** The modules still to do, as the shell passes them: each with a link to its start screen. */
export const missing = [
  { title: 'Giving feedback', href: '#/feedback/~start' },
  { title: 'Assessment at work', href: '#/assessing/~start' },
];

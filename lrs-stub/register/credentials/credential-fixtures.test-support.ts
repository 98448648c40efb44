/** One registered certificate, its school and the register's URLs, shared by the credential tests. */
import type { IssuerProfile, RegisteredCertificate, RegisterUrls } from './certificate-input.ts';

export const SCHOOL: IssuerProfile = {
  id: 'https://school.example.org',
  name: 'Vocational School Example',
  url: 'https://school.example.org/mentors',
};

export const URLS: RegisterUrls = {
  statusListCredential: 'https://school.example.org/register/status/1',
  verification: 'https://school.example.org/register/verify',
};

export function certificate(overrides: Partial<RegisteredCertificate> = {}): RegisteredCertificate {
  return {
    identities: [
      { identityType: 'emailAddress', identity: 'an.mentor@example.org' },
      { identityType: 'name', identity: 'An Mentor' },
    ],
    salt: 'c2FsdC1vZi10aGlzLWNlcnRpZmljYXRl',
    awardedOn: '2026-06-30T14:00:00Z',
    language: 'nl',
    course: {
      id: 'workmentor',
      version: '1.0.0',
      title: 'WORKMENTOR – leerlingen en stagiairs begeleiden op de werkvloer',
      description: 'Acht korte modules voor mentoren die leerlingen en stagiairs op het werk begeleiden.',
      criteriaNarrative: 'Alle acht modules afgerond en de eindopdracht door de school beoordeeld.',
    },
    verificationCode: 'WM-7K2Q-9XRD',
    statusIndex: 94_567,
    ...overrides,
  };
}

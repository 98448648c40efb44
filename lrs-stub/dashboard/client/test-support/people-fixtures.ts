/**
 * Fixture answers about people (learners, one learner, the register, a Moodle import report,
 * sessions), each parsed with its contract schema so it cannot drift from the API.
 */
import { LearnerDetailSchema, LearnersSchema } from '../../../analytics/dashboard-api.ts';
import { MoodleImportReportSchema, RegisterEntrySchema, RegisterListSchema, type RegisterEntry } from '../../../register/register-api.ts';
import { SessionSchema } from '../app/session.ts';

export const coordinatorSession = SessionSchema.parse({ username: 'ines.coordinator', role: 'coordinator', cohorts: 'all', csrfToken: 'csrf-coordinator-token' });
export const viewerSession = SessionSchema.parse({ username: 'piet.viewer', role: 'viewer', cohorts: 'all', csrfToken: 'csrf-viewer-token' });

export const learners = LearnersSchema.parse({
  learners: [
    { id: 'l-1', name: 'Lena Vermeulen', identifier: 'lena.vermeulen@example.be', cohorts: ['bouw-gent'], languages: ['nl'], modulesCompleted: 9, passed: true, lastActive: '2026-05-28T14:02:00Z' },
    { id: 'l-2', name: 'Åse Nordmann-Haugland', identifier: 'ase@example.no', cohorts: ['2026-spring'], languages: ['nb', 'en'], modulesCompleted: 6, passed: false, lastActive: '2026-05-20T09:15:00Z' },
    { id: 'l/3 x', name: 'Tom Okafor', identifier: 'moodle:4711', cohorts: [], languages: ['en'], modulesCompleted: 2, passed: false, lastActive: '2026-03-02T16:40:00Z' },
  ],
  truncated: false,
});

export const emptyLearners = LearnersSchema.parse({ learners: [], truncated: false });

export const learnerDetail = LearnerDetailSchema.parse({
  learner: learners.learners[0],
  modules: [
    { moduleId: 'being-a-mentor', names: { en: 'Being a mentor: why it matters and what it takes', nl: 'Mentor zijn: waarom het ertoe doet' }, started: '2026-02-03T08:00:00Z', completed: '2026-02-05T10:00:00Z', seconds: 2140 },
    { moduleId: 'feedback', names: { en: 'Giving and asking for feedback', nl: 'Feedback geven en vragen' }, started: '2026-04-10T08:00:00Z', completed: null, seconds: 960 },
    { moduleId: 'final-assessment', names: { en: 'Final assessment' }, started: null, completed: null, seconds: null },
  ],
  quizzes: [
    { moduleId: 'feedback', activityId: 'feedback-check', names: { en: 'Feedback check' }, attempts: 2, bestScore: 90, passed: true },
    { moduleId: 'final-assessment', activityId: 'final', names: { en: 'Final assessment' }, attempts: 1, bestScore: 55, passed: false },
  ],
  recent: [
    { at: '2026-05-28T14:02:00Z', verb: 'answered', object: 'Feedback check, question 3' },
    { at: '2026-05-28T13:55:00Z', verb: 'experienced', object: 'Giving critical feedback' },
  ],
});

const entry = (values: Partial<RegisterEntry> & Pick<RegisterEntry, 'code' | 'name' | 'identifier'>): RegisterEntry =>
  RegisterEntrySchema.parse({ identifierType: 'emailAddress', awardedOn: '2026-05-12', language: 'nl', courseVersion: '1.2.0', source: 'lrs', status: 'active', revokedOn: null, revokedReason: null, ...values });

export const registerList = RegisterListSchema.parse({
  entries: [
    entry({ code: '7K3M-Q9XD-2HPA', name: 'Lena Vermeulen', identifier: 'lena.vermeulen@example.be' }),
    entry({ code: 'B4NR-8TWE-KM2C', name: 'Åse Nordmann-Haugland', identifier: 'ase@example.no', language: 'nb', awardedOn: '2026-04-30' }),
    entry({ code: 'Q2ZX-5VBN-HT7R', name: 'Tom Okafor', identifier: '4711', identifierType: 'accountId', source: 'moodle-csv', language: 'en', awardedOn: '2026-03-15', status: 'revoked', revokedOn: '2026-05-02', revokedReason: 'Issued to the wrong account; re-issued under his email address.' }),
  ],
  total: 3,
  truncated: false,
});

export const emptyRegister = RegisterListSchema.parse({ entries: [], total: 0, truncated: false });

export const importReport = MoodleImportReportSchema.parse({
  rows: 5,
  added: [entry({ code: 'M8VT-3KQX-7DPE', name: 'Sara Janssens', identifier: 'sara.janssens@example.be', source: 'moodle-csv' })],
  alreadyRegistered: 2,
  unmatched: [
    { line: 4, reason: 'no email address and no account in the row', row: { 'First name': 'Jef', Surname: 'Peeters', 'Email address': '' } },
    { line: 6, reason: 'grade 48 is below the pass grade 60', row: { 'First name': 'An', Surname: 'De Smet', 'Email address': 'an@example.be', Grade: '48' } },
  ],
});

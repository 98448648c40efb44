/**
 * Who a seeded learner is: a name (Dutch, Norwegian and English names, some with letters
 * outside ASCII, as real cohorts have), an address, the course language, a cohort (an
 * identified xAPI Group in context.team, which the dashboard's cohort filter reads), a
 * registration, and the traits the simulation plays out: ability (how often answers are
 * right and choices good), persistence (how likely they carry on after each module) and
 * pace (days between sessions).
 */
import type { SeededRandom } from './seeded-random.ts';

const FIRST = {
  en: ['Amira', 'Ben', 'Chloe', 'Daniel', 'Ella', 'Frank', 'Grace', 'Harry', 'Isla', 'Jack', 'Kate', 'Liam'],
  nl: ['Anouk', 'Bram', 'Daan', 'Eva', 'Fleur', 'Joris', 'Lotte', 'Mees', 'Noor', 'Ruben', 'Sanne', 'Thijs'],
  nb: ['Astrid', 'Bjørn', 'Eirik', 'Frøydis', 'Håkon', 'Ingrid', 'Jørgen', 'Kari', 'Magnus', 'Nora', 'Solveig', 'Tor'],
} as const;
const LAST = {
  en: ['Adams', 'Brown', 'Clarke', 'Evans', 'Hughes', 'Khan', 'Patel', 'Shaw', 'Taylor', 'Walsh'],
  nl: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Yılmaz', 'El Amrani'],
  nb: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Dahl', 'Løken', 'Sæther', 'Nilsen'],
} as const;

export type SeedLanguage = keyof typeof FIRST;

export interface Cohort {
  id: string;
  name: string;
  /** When its learners start (ms since the epoch). */
  start: number;
}

export interface LearnerProfile {
  index: number;
  actor: { objectType: 'Agent'; name: string; mbox: string };
  language: SeedLanguage;
  cohort: Cohort;
  registration: string;
  /** About -1.5 to 1.5; 0 is a typical learner. */
  ability: number;
  /** Chance to start the next module after finishing one. */
  persistence: number;
  /** Mean days between sessions. */
  paceDays: number;
  /** When this learner's first session starts (ms). */
  start: number;
}

/** Cohorts three weeks apart from `start`, named as a school would. */
export function cohorts(count: number, start: number): Cohort[] {
  return Array.from({ length: count }, (_, i) => {
    const begins = start + i * 21 * 86_400_000;
    const month = new Date(begins).toISOString().slice(0, 7);
    return { id: `cohort-${i + 1}`, name: `Mentors ${month} group ${String.fromCharCode(65 + (i % 26))}`, start: begins };
  });
}

export function learnerProfile(random: SeededRandom, index: number, cohortList: readonly Cohort[], seed: number): LearnerProfile {
  const language = random.weighted<SeedLanguage>([
    ['en', 5],
    ['nl', 3],
    ['nb', 2],
  ]);
  const name = `${random.pick(FIRST[language])} ${random.pick(LAST[language])}`;
  const cohort = random.pick(cohortList);
  return {
    index,
    actor: { objectType: 'Agent', name, mbox: `mailto:mentor-${seed}-${index}@school.example.org` },
    language,
    cohort,
    registration: random.uuid(),
    ability: Math.max(-1.5, Math.min(1.5, random.normal() * 0.7)),
    persistence: 0.78 + random.next() * 0.21,
    paceDays: 0.5 + random.next() * 3,
    start: cohort.start + random.int(0, 6 * 24) * 3_600_000,
  };
}

import { describe, expect, it } from 'vitest';
import { ItemAnalysisSchema } from '../../dashboard/client/api/item-analysis-schema.ts';
import { learner, project, says, type Json, type TestLearner } from '../testing/statement-builder.ts';
import { threeMentors } from '../testing/three-mentors.ts';
import { itemAnalysis, itemAnalysisCsv } from './items.ts';

const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const dee = learner({ name: 'Dee Dekker', email: 'dee@example.org', language: 'en' });
const eva = learner({ name: 'Eva Evers', email: 'eva@example.org', language: 'nl' });

/** An answer in quiz intro/check, with the item's definition as xapi-mapping.ts's itemDefinition writes it (or none, as other tools send). */
function answered(who: TestLearner, item: string, response: string, correct: boolean, at: string, definition?: Json): Json {
  const statement = who.part('intro', 'check', item, 'answered', at, { result: { success: correct, response }, attempt: 1 });
  return definition ? { ...statement, object: { ...(statement.object as Json), definition: { type: INTERACTION, ...definition } } } : statement;
}

/** A choice item's definition in one language: the prompt as its name, the options' texts as their descriptions (`other` has none). */
const choice = (lang: string, prompt: string, texts: [id: string, text: string][]): Json => ({
  interactionType: 'choice',
  name: { [lang]: prompt },
  choices: [...texts.map(([id, text]) => ({ id, description: { [lang]: text } })), { id: 'other' }],
});

/** Dee (en) and Eva (nl) each take intro/check once: a choice item, a true-false item named in English only, and an item no statement defined. */
const checkStatements = (): Json[] => [
  answered(dee, 'employer-gives', 'mentor-time', true, '2026-03-10T10:01:00Z', choice('en', 'What does the employer give the mentor?', [['mentor-time', 'Time in the rota'], ['bonus', 'A bonus']])),
  answered(dee, 'experience-is-enough', 'false', true, '2026-03-10T10:02:00Z', { interactionType: 'true-false', name: { en: 'Ten years in the trade make a good mentor.' } }),
  answered(dee, 'legacy', 'x', true, '2026-03-10T10:03:00Z'),
  says.quizSubmitted(dee, 'intro', 'check', 1, 100, true, '2026-03-10T10:05:00Z'),
  answered(eva, 'employer-gives', 'bonus', false, '2026-03-11T10:01:00Z', choice('nl', 'Wat geeft de werkgever de mentor?', [['mentor-time', 'Tijd in het rooster'], ['bonus', 'Een bonus']])),
  answered(eva, 'experience-is-enough', 'true', false, '2026-03-11T10:02:00Z', { interactionType: 'true-false' }),
  answered(eva, 'legacy', 'y', false, '2026-03-11T10:03:00Z'),
  says.quizSubmitted(eva, 'intro', 'check', 1, 0, false, '2026-03-11T10:05:00Z'),
];

describe('item analysis from the store', () => {
  const { db } = project(threeMentors().statements);

  it("hands every submitted attempt's item marks and chosen options to the analysis", () => {
    const analysis = itemAnalysis(db, {}, 'intro/quiz');
    // Attempts (q1, q2): Ana#1 (1, 0), Ana#2 (1, 1), Bo#1 (0, 0), Cas#1 (1, 1): totals 1, 2, 0, 2.
    expect(analysis.test.attempts).toBe(4);
    expect(analysis.test.mean.value).toBe(1.25);
    const [q1, q2] = analysis.items;
    expect(q1).toMatchObject({ id: 'q1', attempts: 4, facility: { value: 75 } });
    expect(q2).toMatchObject({ id: 'q2', attempts: 4, facility: { value: 50 } });
    // Options as the definition lists them, c never chosen for q1.
    expect(q1!.options.map((o) => [o.id, o.count])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
    expect(q2!.options.map((o) => [o.id, o.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('analyses only the attempts in the filter', () => {
    // Autumn is Cas: one attempt, both right.
    const analysis = itemAnalysis(db, { cohort: 'Autumn' }, 'intro/quiz');
    expect(analysis.test.attempts).toBe(1);
    expect(analysis.items.map((i) => [i.id, i.facility.value])).toEqual([
      ['q1', 100],
      ['q2', 100],
    ]);
    expect(itemAnalysis(db, {}, 'intro/no-such-quiz').test.attempts).toBe(0);
  });

  it('names each question by its prompt and each option by its text, in every language the learners took it in', () => {
    const { db } = project(checkStatements());
    const analysis = itemAnalysis(db, {}, 'intro/check');
    expect(analysis.items.map((i) => [i.id, i.names])).toEqual([
      ['employer-gives', { en: 'What does the employer give the mentor?', nl: 'Wat geeft de werkgever de mentor?' }],
      ['experience-is-enough', { en: 'Ten years in the trade make a good mentor.' }],
      // No statement defined it: no text, so readers show the id.
      ['legacy', {}],
    ]);
    expect(analysis.items[0]!.options.map((o) => [o.id, o.names, o.count])).toEqual([
      ['mentor-time', { en: 'Time in the rota', nl: 'Tijd in het rooster' }, 1],
      ['bonus', { en: 'A bonus', nl: 'Een bonus' }, 1],
      ['other', {}, 0],
    ]);
    expect(analysis.items[1]!.options).toEqual([]);
    // The client's schema keeps the texts (a zod object drops keys it does not know).
    expect(ItemAnalysisSchema.parse(analysis).items[0]).toMatchObject({ names: analysis.items[0]!.names, options: [{ names: { en: 'Time in the rota', nl: 'Tijd in het rooster' } }, {}, {}] });
  });

  it('adds the question text to the CSV after the id, in English where there is one', () => {
    const { db } = project(checkStatements());
    const csv = itemAnalysisCsv(itemAnalysis(db, {}, 'intro/check'));
    expect(csv.header.slice(0, 3)).toEqual(['item', 'question', 'attempts']);
    expect(csv.rows.map((row) => row.slice(0, 3))).toEqual([
      ['employer-gives', 'What does the employer give the mentor?', 2],
      ['experience-is-enough', 'Ten years in the trade make a good mentor.', 2],
      ['legacy', '', 2],
    ]);
  });
});

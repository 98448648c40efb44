/**
 * GET /items?quiz=<module>/<activity>: Moodle's quiz statistics for one quiz, computed by
 * item-analysis.ts from the quiz's submitted attempts. SQL selects the attempts in the filter
 * and their item responses (the `answered` statements of the same learner, registration and
 * attempt number) in one join over indexed rows; the statistics need every attempt's vector
 * of marks, which is what analyseItems() is for.
 *
 * Marks: an item response is worth its score when it has one, else 1 when right and 0 when
 * wrong (our items are all or nothing, one mark each). An item answered twice in one attempt
 * counts with its last answer. Options: for choice items (the definition's `choices`), the
 * options chosen are the response's ids, so options nobody chose are still listed.
 * Attempts without an attempt number (statements from other tools) cannot be matched to their
 * responses and are left out.
 *
 * Texts: Moodle's report shows each question's text and each option's, so an item carries the
 * name its definition gave it (the prompt, in `names` under part = the item id) and an option
 * its description (in `components`), as language maps, {} where no statement gave one.
 */
import { analyseItems, type ItemAnalysis } from '../item-analysis.ts';
import type { ItemAnalysisInput } from '../item-analysis-input.ts';
import type { DashboardFilter } from '../dashboard-api.ts';
import type { AnalyticsDb } from '../projection/analytics-db.ts';
import { conditions } from './filter-sql.ts';
import { nameBook, nameText } from './names.ts';

interface Row {
  attempt: number;
  item: string;
  fraction: number | null;
  response: string | null;
}

export function itemAnalysis(db: AnalyticsDb, filter: DashboardFilter, quiz: string): ItemAnalysis {
  const [module, activity] = quiz.split('/') as [string, string];
  const where = conditions(filter, { module: false, alias: 'a' });
  const rows = db
    .prepare(`
      SELECT a.seq AS attempt, r.item, r.fraction, r.response
      FROM attempts a JOIN responses r
        ON r.module = a.module AND r.activity = a.activity AND r.learner = a.learner AND r.registration = a.registration AND r.attempt = a.attempt
      WHERE a.module = ? AND a.activity = ? AND a.attempt > 0 AND ${where.sql}
      ORDER BY a.seq, r.at, r.seq`)
    .all(module, activity, ...where.params) as Row[];

  const names = nameBook(db, module);
  const optionsOf = new Map<string, string[]>();
  const options = (item: string) => {
    if (!optionsOf.has(item)) optionsOf.set(item, names.components(module, activity, item));
    return optionsOf.get(item)!;
  };
  const attempts = new Map<number, Map<string, { itemId: string; fraction: number; chosen?: string[] }>>();
  for (const row of rows) {
    if (row.fraction === null) continue;
    const responses = attempts.get(row.attempt) ?? new Map();
    attempts.set(row.attempt, responses);
    const choice = options(row.item).length > 0;
    responses.set(row.item, {
      itemId: row.item,
      fraction: row.fraction,
      ...(choice ? { chosen: row.response === null || row.response === '' ? [] : row.response.split('[,]') } : {}),
    });
  }
  const items = new Set<string>();
  for (const responses of attempts.values()) for (const item of responses.keys()) items.add(item);
  const input: ItemAnalysisInput = {
    items: [...items].map((id) => ({ id, maxMark: 1, ...(options(id).length > 0 ? { options: options(id) } : {}) })),
    attempts: [...attempts].map(([id, responses]) => ({ id: String(id), responses: [...responses.values()] })),
  };
  const analysis = analyseItems(input);
  return {
    ...analysis,
    items: analysis.items.map((item) => ({
      ...item,
      names: names.of(module, activity, item.id),
      options: item.options.map((option) => ({ ...option, names: names.component(module, activity, item.id, option.id) })),
    })),
  };
}

export function itemAnalysisCsv(answer: ItemAnalysis) {
  const v = (m: { value: number | null }) => (m.value === null ? null : Math.round(m.value * 100) / 100);
  return {
    header: ['item', 'question', 'attempts', 'facility', 'standardDeviation', 'discriminationIndex', 'discriminativeEfficiency', 'effectiveWeight', 'flags'],
    rows: answer.items.map((i) => [i.id, nameText(i.names ?? {}), i.attempts, v(i.facility), v(i.standardDeviation), v(i.discriminationIndex), v(i.discriminativeEfficiency), v(i.effectiveWeight), i.flags.map((f) => f.reason).join(' ')]),
  };
}

/**
 * The portfolio of evidence as a document: what the mentor did in the course, gathered from the
 * course data and the learner's progress, ordered by the course's competences (the seven mentor
 * skills of course.yaml). Pure: course data + progress + words in, a document model out, which
 * two small renderers turn into a PDF (portfolio-pdf.ts) and printable HTML (portfolio-html.ts),
 * so both always say the same thing.
 *
 * An activity belongs to the skill of its module's first objective (its first competence), the
 * same default a quiz item gets for the per-competence summary (course/schema/activities/quiz.ts);
 * the final assessment is reported per skill from its last submitted attempt.
 */
import type { CourseData, ModuleData } from '../../../course/schema/course-data.ts';
import type { PortfolioStrings } from '../../../locales/en/portfolio.ts';
import { competenceSummary } from '../runtime/competence-summary.ts';
import { activityKey } from '../runtime/progress-values.ts';
import type { LearnerProgress } from '../runtime/progress.ts';

export type PortfolioEntry =
  | { kind: 'reflection'; title: string; module: string; answers: { prompt: string; answer: string }[] }
  | { kind: 'feedback'; title: string; module: string; written?: string; ratings: { criterion: string; level: string }[]; sortScore?: number }
  | { kind: 'dialogue'; title: string; module: string; ending: string; debrief: string; score?: number }
  | { kind: 'quiz'; title: string; module: string; score: number; passMark: number; passed: boolean }
  | { kind: 'skill-result'; title: string; module: string; right: number; total: number };

export interface PortfolioSkill {
  id: string;
  title: string;
  entries: PortfolioEntry[];
}

export interface PortfolioDocument {
  lang: string;
  title: string;
  courseTitle: string;
  /** The mentor's name, when known. */
  name: string;
  madeOn: string;
  skills: PortfolioSkill[];
  certificate?: { heading: string; issued: string };
  words: PortfolioStrings;
}

export interface PortfolioInput {
  course: CourseData;
  progress: LearnerProgress;
  words: PortfolioStrings;
  name?: string;
  /** Today, as an ISO date (YYYY-MM-DD). */
  today: string;
}

/** `{{key}}` marks filled from `values`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (mark, key: string) => (key in values ? String(values[key]) : mark));
}

const formatDate = (iso: string, lang: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
};

function moduleSkill(module: ModuleData): string | undefined {
  return module.objectives[0]?.competences[0];
}

export function buildPortfolio({ course, progress, words, name = '', today }: PortfolioInput): PortfolioDocument {
  const lang = course.locale;
  const skills: PortfolioSkill[] = course.competences.map((c) => ({ id: c.id, title: c.title, entries: [] }));
  const skillOf = (id: string | undefined) => skills.find((s) => s.id === id) ?? skills[0]!;
  const order = course.competences.map((c) => c.id);
  let certificate: PortfolioDocument['certificate'];

  for (const module of course.modules) {
    const home = skillOf(moduleSkill(module));
    for (const activity of module.activities) {
      const detail = progress.activities[activityKey(module.id, activity.id)]?.detail;
      const base = { title: activity.title, module: module.title };
      if (activity.type === 'reflection' && detail?.type === 'reflection') {
        if (Object.values(detail.answers).every((a) => a.trim() === '')) continue;
        home.entries.push({ kind: 'reflection', ...base, answers: activity.prompts.map((p) => ({ prompt: p.text, answer: detail.answers[p.id]?.trim() || words.noAnswer })) });
      } else if (activity.type === 'feedback-exercise' && detail?.type === 'feedback-exercise') {
        const ratings = activity.rubric.criteria.map((c) => ({ criterion: c.text, level: activity.rubric.levels.find((l) => l.id === detail.ratings[c.id])?.label ?? words.notRated }));
        const written = detail.written?.trim();
        if (!written && Object.keys(detail.ratings).length === 0 && detail.score === undefined) continue;
        home.entries.push({ kind: 'feedback', ...base, ratings, ...(written ? { written } : {}), ...(detail.checked && detail.score !== undefined ? { sortScore: detail.score } : {}) });
      } else if (activity.type === 'dialogue' && detail?.type === 'dialogue' && detail.ending) {
        const ending = activity.nodes.find((n) => n.id === detail.ending)?.ending;
        if (ending) home.entries.push({ kind: 'dialogue', ...base, ending: ending.title, debrief: ending.debrief, ...(detail.best !== undefined ? { score: detail.best } : {}) });
      } else if (activity.type === 'quiz' && detail?.type === 'quiz' && detail.best !== undefined) {
        const attempt = detail.current?.submitted ? detail.current : undefined;
        const bySkill = attempt && activity.feedback === 'summary' ? competenceSummary(activity, attempt, order) : [];
        if (bySkill.length > 0) {
          for (const result of bySkill) skillOf(result.competence).entries.push({ kind: 'skill-result', ...base, right: result.right, total: result.total });
        } else {
          home.entries.push({ kind: 'quiz', ...base, score: detail.best, passMark: activity.passMark, passed: detail.passed });
        }
      } else if (activity.type === 'certificate' && progress.certificate) {
        certificate = { heading: activity.heading, issued: fill(words.certificateIssued, { date: formatDate(progress.certificate.issuedOn, lang), code: progress.certificate.code }) };
      }
    }
  }
  return {
    lang,
    title: words.title,
    courseTitle: course.title,
    name,
    madeOn: fill(words.madeOn, { date: formatDate(today, lang) }),
    skills,
    ...(certificate ? { certificate } : {}),
    words,
  };
}

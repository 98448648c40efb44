/**
 * Assembles the built course for one locale (`CourseData`): translated text, compiled page HTML
 * and every default filled in (activity weights, each module's time estimate), so the browser
 * runtime never needs the source files or a rule about defaults. Facilitator notes are assembled apart (`buildFacilitatorNotes`): they are for
 * the facilitator guide, and learners' packages never carry them. Runs only on content that
 * passed every check.
 */
import type { Course } from '../../course/schema/course.ts';
import type { ActivityData, CourseData, ModuleData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { FacilitatorNotes, Module } from '../../course/schema/module.ts';
import { moduleEstimate } from './module-estimate.ts';
import { applyCourseTranslation, applyTranslation, type TextValue } from './translatable.ts';

export interface CourseParts {
  course: Course;
  courseTexts: Map<string, Map<string, TextValue>>;
  modules: {
    module: Module;
    texts: Map<string, Map<string, TextValue>>;
    html: Map<string, Map<string, string>>;
  }[];
}

/** Quizzes count towards the course score by default; everything else only when weighted. */
const defaultWeight = (type: string): number => (type === 'quiz' ? 1 : 0);

/**
 * A summary quiz's items with their competence filled in (the first competence of the first
 * objective of the item's module, or of the quiz's own module), so the player can count right
 * answers per competence without knowing other modules' objectives.
 */
function withCompetences(activity: ActivityData, own: Module, modules: readonly Module[]): ActivityData {
  if (activity.type !== 'quiz' || activity.feedback !== 'summary') return activity;
  const firstCompetence = (id: string | undefined) => (modules.find((m) => m.id === id) ?? own).objectives[0]?.competences[0];
  const items = activity.items.map((item) => {
    const competence = item.competence ?? firstCompetence(item.module);
    return competence === undefined ? item : { ...item, competence };
  });
  return { ...activity, items };
}

export function buildCourseData(parts: CourseParts, locale: Locale): CourseData {
  const none = new Map<string, TextValue>();
  const { modules: _ids, standard: _standard, ...course } = applyCourseTranslation(parts.course, parts.courseTexts.get(locale) ?? none);
  const sources = parts.modules.map((m) => m.module);
  const modules: ModuleData[] = parts.modules.map(({ module, texts, html }) => {
    const { facilitator: _notes, ...translated } = applyTranslation(module, texts.get(locale) ?? none);
    const activities = translated.activities.map((activity): ActivityData => {
      const weight = activity.weight ?? defaultWeight(activity.type);
      if (activity.type === 'page') return { ...activity, weight, html: html.get(activity.id)?.get(locale) ?? '' };
      return withCompetences({ ...activity, weight }, module, sources);
    });
    // One time for every language: counted on the source text (module-estimate.ts).
    const estimate = moduleEstimate(module, (pageId) => html.get(pageId)?.get(parts.course.sourceLocale));
    return { ...translated, estimate, activities };
  });
  return { ...course, locale, modules };
}

/** Facilitator notes per module id, translated into `locale`; modules without notes are left out. */
export function buildFacilitatorNotes(parts: CourseParts, locale: Locale): Record<string, FacilitatorNotes> {
  const none = new Map<string, TextValue>();
  const notes: Record<string, FacilitatorNotes> = {};
  for (const { module, texts } of parts.modules) {
    if (!module.facilitator) continue;
    notes[module.id] = applyTranslation(module, texts.get(locale) ?? none).facilitator!;
  }
  return notes;
}

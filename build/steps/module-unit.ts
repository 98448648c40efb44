/**
 * A module as a package of its own (`--split modules`): course data with only that module (and
 * the competences it develops), judged as the whole of what the learner takes there. Two rules
 * make such a package honest in an LMS:
 *
 * - It can be graded. The course score usually comes from elsewhere (WORKMENTOR: the final
 *   assessment; module quizzes weigh 0), so a module package would report no score and Moodle
 *   would show "Grade 0%" for a mentor who passed it. When nothing in the module weighs, its
 *   quizzes count (weight 1) and the pass mark is the quiz's own (a module quiz's 75, not the
 *   course's 80), so the package reports the quiz result and passes when the quiz is passed.
 * - It never claims more than it knows. A certificate in it would say the whole training was
 *   completed; the package uses the certificate's `moduleStatement` (what the module alone
 *   proves) and leaves the certificate out when there is none. A trainer who wants the course
 *   certificate combines the module activities with Moodle's course completion (README).
 */
import type { ActivityData, CourseData, ModuleData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { PackageUnit } from '../context.ts';
import type { LoadedCourse } from '../load/load-course.ts';

const scores = (a: ActivityData): boolean => a.type === 'quiz' || a.type === 'dialogue' || (a.type === 'feedback-exercise' && a.sort !== undefined);

/** The module's activities as its own package counts them, and the pass mark that goes with them. */
function moduleAlone(module: ModuleData, passMark: number): { module: ModuleData; passMark: number } {
  const weighted = module.activities.some((a) => a.weight > 0 && scores(a));
  const quizzes = module.activities.filter((a) => a.type === 'quiz');
  const reweigh = !weighted && quizzes.length > 0;
  const activities = module.activities.flatMap((a): ActivityData[] => {
    if (a.type === 'certificate') {
      const { moduleStatement, ...certificate } = a;
      return moduleStatement ? [{ ...certificate, statement: moduleStatement }] : [];
    }
    return reweigh && a.type === 'quiz' ? [{ ...a, weight: 1 }] : [a];
  });
  const quizMark = quizzes.length === 1 && quizzes[0]!.type === 'quiz' ? quizzes[0]!.passMark : passMark;
  return { module: { ...module, activities }, passMark: reweigh ? quizMark : passMark };
}

export function moduleUnit(course: LoadedCourse, moduleId: string): PackageUnit {
  let passMark = course.source.mastery.passMark;
  const keep = (data: CourseData): CourseData => {
    const alone = data.modules.filter((m) => m.id === moduleId).map((m) => moduleAlone(m, data.mastery.passMark));
    const modules = alone.map((a) => a.module);
    passMark = alone[0]?.passMark ?? passMark;
    const used = new Set(modules.flatMap((m) => m.objectives.flatMap((o) => o.competences)));
    return { ...data, modules, competences: data.competences.filter((c) => used.has(c.id)), mastery: { ...data.mastery, passMark } };
  };
  const data: Partial<Record<Locale, CourseData>> = {};
  for (const [locale, value] of Object.entries(course.data) as [Locale, CourseData][]) data[locale] = keep(value);
  const others = course.source.modules.filter((id) => id !== moduleId);
  const used = new Set(data[course.source.sourceLocale]?.competences.map((c) => c.id));
  return {
    id: `${course.source.id}-${moduleId}`,
    module: moduleId,
    course: {
      ...course,
      source: {
        ...course.source,
        modules: [moduleId],
        competences: course.source.competences.filter((c) => used.has(c.id)),
        mastery: { ...course.source.mastery, passMark },
      },
      data,
      facilitator: Object.fromEntries(
        Object.entries(course.facilitator).map(([locale, notes]) => [locale, notes?.[moduleId] ? { [moduleId]: notes[moduleId] } : {}]),
      ),
      // Media of other modules stays out; course-level media (outside media/<module>/) stays in.
      media: course.media.filter((m) => !others.some((id) => m.target.startsWith(`media/${id}/`))),
    },
  };
}

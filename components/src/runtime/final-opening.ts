/**
 * When the final assessment opens (`finalAssessment.opensAfter` in course.yaml): with `modules`
 * (the default) once every other module's required activities are complete, so the certificate
 * rests on a learner who met every module; with `start` at any time. A package of part of the
 * course (`--split modules`) judges only the modules it holds.
 */
import type { CourseData, ModuleData } from '../../../course/schema/course-data.ts';
import { moduleProgress } from './completion.ts';
import type { LearnerProgress } from './progress.ts';

/** The modules still to complete before the final assessment opens; empty when it is open. */
export function modulesBeforeFinal(course: CourseData, progress: LearnerProgress): ModuleData[] {
  const final = course.finalAssessment;
  if (!final || final.opensAfter === 'start') return [];
  const finalModule = final.activity.split('/')[0];
  return course.modules.filter((m) => m.id !== finalModule && !moduleProgress(m, progress).complete);
}

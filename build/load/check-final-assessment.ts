/**
 * `finalAssessment` in course.yaml against the modules: its `activity` names a quiz of a listed
 * module, and that quiz leaves its attempts to the course (`finalAssessment.attempts`). Runs once
 * every module is loaded; a module that did not load is not judged here (its own errors say why).
 */
import type { Module } from '../../course/schema/module.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import type { YamlFile } from './yaml-file.ts';

export function checkFinalAssessment(file: YamlFile, modules: ReadonlyArray<{ id: string; module?: Module | undefined }>): ContentError[] {
  const final = (file.data as { finalAssessment?: { activity?: unknown } } | undefined)?.finalAssessment;
  const activity = final?.activity;
  if (typeof activity !== 'string' || !activity.includes('/')) return [];
  // A module that failed to load may well hold the activity: judging would only add noise.
  if (modules.some((m) => !m.module)) return [];
  const at = file.locate(['finalAssessment', 'activity']);
  const [moduleId, activityId] = activity.split('/') as [string, string];
  const found = modules.find((m) => m.id === moduleId)?.module?.activities.find((a) => a.id === activityId);
  if (!found) {
    const candidates = modules.flatMap((m) => m.module!.activities.filter((a) => a.type === 'quiz').map((a) => `${m.id}/${a.id}`));
    const suggestion = closest(activity, candidates);
    return [contentError('FinalAssessmentNotFound', { activity, candidates, ...(suggestion ? { suggestion } : {}) }, at)];
  }
  if (found.type !== 'quiz') return [contentError('FinalAssessmentNotAQuiz', { activity, type: found.type }, at)];
  if (found.attempts > 0) return [contentError('FinalAssessmentQuizAttempts', { activity, attempts: found.attempts }, at)];
  return [];
}

/**
 * One learner's progress from two places, as one: what this device kept while the LMS or LRS did
 * not answer, and what the LMS holds (perhaps from another device meanwhile). Nothing the learner
 * did in either place is thrown away: every activity of either is kept, and where both have an
 * activity the further one wins (a completed activity over one in progress; then the better
 * result or the more work). Where both are equal, `mine` (the progress on screen) wins, and so
 * do its location and language-free details; a certificate keeps its first issue.
 */
import { ACTIVITY_STATUSES } from './progress-values.ts';
import type { ActivityDetail, ActivityProgress, LearnerProgress } from './progress.ts';

export function mergeProgress(mine: LearnerProgress, theirs: LearnerProgress): LearnerProgress {
  const activities: Record<string, ActivityProgress> = { ...theirs.activities };
  for (const [key, entry] of Object.entries(mine.activities)) {
    const other = activities[key];
    activities[key] = other && further(other, entry) ? other : entry;
  }
  const merged: LearnerProgress = { activities };
  const location = mine.location ?? theirs.location;
  if (location !== undefined) merged.location = location;
  const certificate = firstIssued(mine.certificate, theirs.certificate);
  if (certificate) merged.certificate = certificate;
  return merged;
}

/** True when `a` is strictly further than `b`. */
function further(a: ActivityProgress, b: ActivityProgress): boolean {
  const status = ACTIVITY_STATUSES.indexOf(a.status) - ACTIVITY_STATUSES.indexOf(b.status);
  if (status !== 0) return status > 0;
  if (a.detail.type !== b.detail.type) return false;
  const [x, y] = [reach(a.detail), reach(b.detail)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

/** How far an activity got, compared position by position (higher is further). */
function reach(detail: ActivityDetail): number[] {
  switch (detail.type) {
    case 'quiz':
      return [detail.passed ? 1 : 0, detail.best ?? -1, detail.attemptsUsed, Object.keys(detail.current?.answers ?? {}).length];
    case 'dialogue':
      return [detail.best ?? -1, detail.path.length];
    case 'feedback-exercise':
      return [['work', 'rate', 'compare'].indexOf(detail.stage), detail.checked ? 1 : 0, Object.keys(detail.ratings).length, (detail.written ?? '').length];
    case 'reflection':
      return [detail.submitted ? 1 : 0, Object.values(detail.answers).reduce((n, text) => n + text.length, 0)];
    case 'page':
    case 'certificate':
      return [];
  }
}

type Certificate = LearnerProgress['certificate'];

function firstIssued(a: Certificate, b: Certificate): Certificate {
  if (!a || !b) return a ?? b;
  const first = b.issuedOn < a.issuedOn ? b : a;
  const name = a.name ?? b.name;
  return name === undefined ? first : { ...first, name };
}

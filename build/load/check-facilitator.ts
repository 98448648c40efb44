/**
 * Rules the schema cannot express for the facilitator notes of a module: the timed session plan
 * fills the session exactly (the guide prints it as a timetable from 0:00 to the end), and every
 * source is a public web address a trainer can open from the guide.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { YamlFile } from './yaml-file.ts';

/** `issuePaths` are the schema's issues: parts that failed it are left to the schema's errors. */
export function checkFacilitator(file: YamlFile, issuePaths: readonly PropertyKey[][]): ContentError[] {
  const notes = (file.data as { facilitator?: unknown } | undefined)?.facilitator;
  if (!isRecord(notes)) return [];
  const broken = (field: string) => issuePaths.some((p) => p[0] === 'facilitator' && (p.length === 1 || p[1] === field || (field === 'sessionPlan' && p[1] === 'minutes')));
  const errors: ContentError[] = [];

  const plan = notes.sessionPlan;
  if (Array.isArray(plan) && typeof notes.minutes === 'number' && !broken('sessionPlan')) {
    const sum = plan.reduce((total: number, step) => total + (isRecord(step) && typeof step.minutes === 'number' ? step.minutes : 0), 0);
    if (sum !== notes.minutes) {
      errors.push(contentError('SessionPlanMinutesMismatch', { sum, minutes: notes.minutes, steps: plan.length }, file.locate(['facilitator', 'sessionPlan'], { part: 'key' })));
    }
  }

  const sources = notes.sources;
  if (Array.isArray(sources)) {
    sources.forEach((source, i) => {
      const url = isRecord(source) ? source.url : undefined;
      if (typeof url !== 'string' || url.trim() === '') return;
      const problem = urlProblem(url.trim());
      if (problem) errors.push(contentError('SourceUrlInvalid', { url, problem }, file.locate(['facilitator', 'sources', i, 'url'])));
    });
  }
  return errors;
}

/** Why `url` is not an address the guide can link to, or undefined when it is one. */
function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(url) ? 'has no https:// in front' : 'is not a web address';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `starts with "${parsed.protocol}", not https:// or http://`;
  if (!parsed.hostname) return 'names no website';
  if (parsed.username || parsed.password) return 'contains a user name or password';
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `baseIri` is the root of every xAPI activity id the course sends to an LRS and of the cmi5 AU
 * ids an LMS launches (build/targets/activity-iri.ts). The content model asks only for an
 * absolute URL, so `javascript:alert(1)`, `file:` or a URL with a query would pass it and end up
 * in every statement and manifest; this rule keeps it to what LRSs and LMSs can use and what can
 * never run as script when an LMS shows it as a link: http(s), a host, no credentials, no query
 * and no fragment.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { YamlFile } from './yaml-file.ts';

const ADVICE = 'use an http or https address of your organisation with a path for this course, such as https://example.org/xapi/workmentor.';
const WHY =
  'every xAPI statement and cmi5 launch names the course\'s activities by addresses built on it; LRSs and LMSs accept only http and https addresses, and those that show them as links would run a `javascript:` one.';

export function checkBaseIri(file: YamlFile): ContentError[] {
  const value = (file.data as { baseIri?: unknown } | undefined)?.baseIri;
  if (typeof value !== 'string') return [];
  const problem = problemOf(value);
  if (!problem) return [];
  return [contentError('InvalidValue', { subject: '`baseIri` in the course', problem, advice: ADVICE, why: WHY }, file.locate(['baseIri']))];
}

function problemOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute address';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `is a \`${url.protocol}\` address; activity ids must be http or https addresses`;
  }
  if (!url.hostname) return 'has no host name';
  if (url.username || url.password) return 'holds a user name or password, which every LRS and LMS would store and show';
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    return 'has a query (`?`) or a fragment (`#`), so the module and activity ids added after it would not be part of the path';
  }
  return undefined;
}

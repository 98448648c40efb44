/**
 * Reads and checks the launch configuration the build embedded in index.html. A hand check, not
 * zod: it is six fields, and zod would add some 8 KB gzip to every package. Locales are checked
 * for their form (locale-tag.ts), not against a list: the package holds the languages the course
 * was built with, whatever they are, and the player only needs each to name its folder safely.
 */
import { isLocaleTag } from '../../../course/schema/locale-tag.ts';
import type { LaunchConfig } from './launch-config.ts';

export function readLaunchConfig(doc: Document): LaunchConfig {
  const data = safeJson(doc.getElementById('wm-launch-config')?.textContent ?? '') as Partial<LaunchConfig> | undefined;
  const problem = launchConfigProblem(data);
  if (problem) {
    throw new Error(`This package's launch configuration in index.html (#wm-launch-config) is not valid: ${problem}. The build writes it; was index.html edited by hand?`);
  }
  return data as LaunchConfig;
}

/** What is wrong with the configuration, in a few words, or undefined when nothing is. */
function launchConfigProblem(data: Partial<LaunchConfig> | undefined): string | undefined {
  if (!data || typeof data !== 'object') return 'it is missing or not JSON';
  for (const key of ['courseId', 'version', 'title', 'target'] as const) {
    if (typeof data[key] !== 'string') return `"${key}" is not text`;
  }
  if (!Array.isArray(data.locales) || data.locales.length === 0) return '"locales" is not a list of languages';
  const bad = data.locales.find((l) => !isLocaleTag(l));
  if (bad !== undefined) return `"locales" holds ${JSON.stringify(bad)}, which is not a language tag like de, nb or pt-BR`;
  if (!data.locales.includes(data.sourceLocale as string)) return `"sourceLocale" ${JSON.stringify(data.sourceLocale)} is not one of "locales"`;
  if (data.resumeStructure !== undefined && !(Number.isInteger(data.resumeStructure) && data.resumeStructure >= 0)) return '"resumeStructure" is not a whole number';
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks the launch configuration the build embedded in index.html. A hand check, not
 * zod: it is six fields, and zod would add some 8 KB gzip to every package.
 */
import type { LaunchConfig } from './launch-config.ts';

const LOCALES = ['en', 'nl', 'nb'];

export function readLaunchConfig(doc: Document): LaunchConfig {
  const data = safeJson(doc.getElementById('wm-launch-config')?.textContent ?? '') as Partial<LaunchConfig> | undefined;
  const valid =
    !!data &&
    typeof data.courseId === 'string' &&
    typeof data.version === 'string' &&
    typeof data.title === 'string' &&
    typeof data.target === 'string' &&
    LOCALES.includes(data.sourceLocale as string) &&
    Array.isArray(data.locales) &&
    data.locales.length > 0 &&
    data.locales.every((l) => LOCALES.includes(l)) &&
    (data.resumeStructure === undefined || (Number.isInteger(data.resumeStructure) && data.resumeStructure >= 0));
  if (!valid) {
    throw new Error('This package has no valid launch configuration in index.html (#wm-launch-config). Rebuild it with `workmentor build`.');
  }
  return data as LaunchConfig;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * What the studio page is told after each build: whether it worked, the CLI's error text when it
 * did not, how long it took, and the course's outline (modules, activities, languages) for the
 * page's jump list.
 */
import type { StudioResult } from './studio-build.ts';

export interface StudioOutline {
  id: string;
  title: string;
  locales: string[];
  modules: { id: string; title: string; activities: { id: string; title: string; type: string }[] }[];
}

export interface StudioState {
  /** Counts finished builds: the page reloads the player when it grows and the build worked. */
  version: number;
  building: boolean;
  ok: boolean;
  /** The content errors as the CLI prints them (no colour), when the build failed. */
  errors: string;
  ms: number;
  warnings: string[];
  outline?: StudioOutline;
}

export function studioState(previous: StudioState, result: StudioResult): StudioState {
  const next: StudioState = { version: previous.version + 1, building: false, ok: result.ok, errors: result.ok ? '' : result.errors, ms: Math.round(result.ms), warnings: result.ok ? result.warnings : previous.warnings };
  if (!result.ok) return previous.outline ? { ...next, outline: previous.outline } : next;
  const course = result.context.course!;
  const source = course.data[course.source.sourceLocale]!;
  return {
    ...next,
    outline: {
      id: course.source.id,
      title: source.title,
      locales: [...course.source.locales],
      modules: source.modules.map((module) => ({ id: module.id, title: module.title, activities: module.activities.map((activity) => ({ id: activity.id, title: activity.title, type: activity.type })) })),
    },
  };
}

/**
 * Step 3: what each target gets packaged as: the whole course, or with `--split modules` one
 * package per module. A module package holds course data with only that module (and the
 * competences it develops), so the course-level rules the player applies (all required
 * activities complete, weighted score, mastery, certificate) judge that module alone.
 */
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { BuildStep, PackageUnit } from '../context.ts';
import type { LoadedCourse } from '../load/load-course.ts';

export function planPackages(): BuildStep {
  return {
    name: 'plan packages',
    async run(ctx) {
      const course = ctx.course!;
      for (const locale of ctx.config.locales ?? []) {
        if (!course.source.locales.includes(locale)) throw new Error(`Locale "${locale}" is not one of the course's locales (${course.source.locales.join(', ')}).`);
      }
      ctx.units = ctx.config.split === 'modules' ? course.source.modules.map((id) => moduleUnit(course, id)) : [{ id: course.source.id, course }];
    },
  };
}

export function moduleUnit(course: LoadedCourse, moduleId: string): PackageUnit {
  const keep = (data: CourseData): CourseData => {
    const modules = data.modules.filter((m) => m.id === moduleId);
    const used = new Set(modules.flatMap((m) => m.objectives.flatMap((o) => o.competences)));
    return { ...data, modules, competences: data.competences.filter((c) => used.has(c.id)) };
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
      source: { ...course.source, modules: [moduleId], competences: course.source.competences.filter((c) => used.has(c.id)) },
      data,
      facilitator: Object.fromEntries(
        Object.entries(course.facilitator).map(([locale, notes]) => [locale, notes[moduleId] ? { [moduleId]: notes[moduleId] } : {}]),
      ),
      // Media of other modules stays out; course-level media (outside media/<module>/) stays in.
      media: course.media.filter((m) => !others.some((id) => m.target.startsWith(`media/${id}/`))),
    },
  };
}

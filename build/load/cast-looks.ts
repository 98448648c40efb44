/**
 * Gives every cast member of the built course their look from the cast registry: the avatar's
 * parts and the `alt` sentence in the course data's locale. Dialogues link to the registry by
 * the name written in module.yaml (the source locale), so a translated name still finds its
 * person. The character the learner plays gets no look: the player shows a neutral "you"
 * marker for them. Each dialogue carries its own people, so a dialogue needs nothing from
 * outside itself when the content is split.
 */
import type { CastRegistry } from '../../course/schema/cast-registry.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { Module } from '../../course/schema/module.ts';

export function withCastLooks(data: CourseData, sources: readonly Module[], registry: CastRegistry | undefined, locale: Locale): CourseData {
  if (!registry) return data;
  const modules = data.modules.map((module) => {
    const source = sources.find((m) => m.id === module.id);
    const activities = module.activities.map((activity) => {
      if (activity.type !== 'dialogue') return activity;
      const authored = source?.activities.find((a) => a.id === activity.id);
      const sourceCast = authored?.type === 'dialogue' ? authored.cast : [];
      const cast = activity.cast.map((member) => {
        const name = sourceCast.find((m) => m.id === member.id)?.name ?? member.name;
        const person = member.id === activity.player ? undefined : registry[name];
        if (!person) return member;
        const { alt, ...avatar } = person;
        return { ...member, look: { ...avatar, alt: alt[locale] ?? '' } };
      });
      return { ...activity, cast };
    });
    return { ...module, activities };
  });
  return { ...data, modules };
}

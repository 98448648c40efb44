/**
 * Loads and checks the cast registry, `cast.yaml` at the course root: its schema, an `alt`
 * sentence in every course locale, and that every person who speaks in a dialogue (every cast
 * member but the one the learner plays) is in it, by the name written in module.yaml, so one
 * name keeps one face across the modules. The registry is optional: a course without one (a
 * small test course) shows each person's initial instead of a face. Warnings for entries no
 * dialogue uses and for two people of one dialogue sharing a colour (their bubbles would look
 * alike).
 */
import type { Dialogue } from '../../course/schema/activities/dialogue.ts';
import { CastRegistrySchema, PersonColourSchema, type CastRegistry } from '../../course/schema/cast-registry.ts';
import type { Locale } from '../../course/schema/ids.ts';
import type { Module } from '../../course/schema/module.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closest } from '../errors/did-you-mean.ts';
import { checkSchema } from './schema-issues.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

export const CAST_FILE = 'cast.yaml';

export interface CastContext {
  root: string;
  locales: readonly Locale[];
  /** The course's modules in order; `module` is absent when its module.yaml did not pass the schema. */
  modules: readonly { id: string; module?: Module | undefined }[];
}

export interface CastCheck {
  errors: ContentError[];
  /** The registry when cast.yaml exists and is valid. */
  registry?: CastRegistry;
}

interface Speaker {
  name: string;
  member: string;
  dialogue: Dialogue;
  moduleId: string;
  /** Positions in module.yaml: activity index and cast index. */
  activity: number;
  cast: number;
}

export async function checkCast(ctx: CastContext): Promise<CastCheck> {
  const file = await readYamlFile(ctx.root, CAST_FILE);
  if (!file) return { errors: [] };
  const errors: ContentError[] = [...file.errors];
  if (file.data === undefined) return { errors };
  const schema = checkSchema(CastRegistrySchema, file, 'cast');
  errors.push(...schema.errors);
  const raw = isRecord(file.data) ? file.data : {};

  for (const [name, person] of Object.entries(raw)) {
    const alt = isRecord(person) ? person.alt : undefined;
    // A malformed `alt` is the schema's problem; missing languages are this rule's.
    if (alt !== undefined && !isRecord(alt)) continue;
    for (const locale of ctx.locales) {
      if (alt?.[locale] === undefined) errors.push(contentError('CastAltMissing', { name, locale }, file.locate(alt ? [name, 'alt'] : [name], { part: 'key' })));
    }
  }

  const speakers = dialogueSpeakers(ctx.modules);
  const names = Object.keys(raw);
  const moduleFiles = new Map<string, YamlFile | undefined>();
  // A misspelt name in a dialogue also leaves the entry it meant unused: the spelling is the one problem.
  const meant = new Set<string>();
  for (const speaker of speakers) {
    if (speaker.name in raw) continue;
    if (!moduleFiles.has(speaker.moduleId)) moduleFiles.set(speaker.moduleId, await readYamlFile(ctx.root, `modules/${speaker.moduleId}/module.yaml`));
    const moduleFile = moduleFiles.get(speaker.moduleId);
    if (!moduleFile) continue;
    const suggestion = closest(speaker.name, names);
    if (suggestion) meant.add(suggestion);
    errors.push(
      contentError(
        'CastMemberNotInRegistry',
        { name: speaker.name, member: speaker.member, dialogue: speaker.dialogue.id, ...(suggestion ? { suggestion } : {}) },
        moduleFile.locate(['activities', speaker.activity, 'cast', speaker.cast, 'name']),
      ),
    );
  }

  // Judged only when every module could be read: otherwise an entry may belong to a broken one.
  if (ctx.modules.every((m) => m.module)) {
    const speaking = new Set(speakers.map((s) => s.name));
    const players = new Set(playerNames(ctx.modules));
    for (const name of names) {
      if (!speaking.has(name) && !meant.has(name)) errors.push(contentError('CastPersonUnused', { name, player: players.has(name) }, file.locate([name], { part: 'key' })));
    }
  }

  const registry = schema.value;
  if (registry) errors.push(...colourClashes(speakers, registry, file));
  return registry && errors.every((e) => e.severity === 'warning') ? { errors, registry } : { errors };
}

/** Every cast member who speaks (not the player), in module, dialogue and cast order. */
function dialogueSpeakers(modules: CastContext['modules']): Speaker[] {
  return modules.flatMap(({ id, module }) =>
    (module?.activities ?? []).flatMap((activity, a) =>
      activity.type !== 'dialogue'
        ? []
        : activity.cast.flatMap((member, c) =>
            member.id === activity.player ? [] : [{ name: member.name, member: member.id, dialogue: activity, moduleId: id, activity: a, cast: c }],
          ),
    ),
  );
}

function playerNames(modules: CastContext['modules']): string[] {
  return modules.flatMap(({ module }) =>
    (module?.activities ?? []).flatMap((a) => (a.type === 'dialogue' ? a.cast.filter((m) => m.id === a.player).map((m) => m.name) : [])),
  );
}

/** Two people in one dialogue with one colour: reported once per pair, at the second one's colour. */
function colourClashes(speakers: readonly Speaker[], registry: CastRegistry, file: YamlFile): ContentError[] {
  const errors: ContentError[] = [];
  const reported = new Set<string>();
  const byDialogue = new Map<Dialogue, Speaker[]>();
  for (const s of speakers) byDialogue.set(s.dialogue, [...(byDialogue.get(s.dialogue) ?? []), s]);
  for (const [dialogue, cast] of byDialogue) {
    const colours = cast.map((s) => registry[s.name]?.colour);
    cast.forEach((second, i) => {
      const colour = colours[i];
      const j = colours.indexOf(colour);
      if (!colour || j === i) return;
      const first = cast[j]!.name;
      const pair = [first, second.name].sort().join('\u0000');
      if (reported.has(pair)) return;
      reported.add(pair);
      const free = PersonColourSchema.options.filter((c) => !colours.includes(c));
      errors.push(contentError('CastColoursAlike', { first, second: second.name, colour, dialogue: dialogue.id, free }, file.locate([second.name, 'colour'])));
    });
  }
  return errors;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

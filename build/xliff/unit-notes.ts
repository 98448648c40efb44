/**
 * The context a translator sees beside each XLIFF unit: which module and activity a text belongs
 * to, who says a dialogue line, what a choice or a feedback text answers, and the limits the
 * build enforces. A key such as `activities.quiet-week.nodes.start.lines.0` names a place, not a
 * situation; a CAT tool shows notes next to the segment, so the situation goes there.
 */
import { FillInItemSchema } from '../../course/schema/activities/quiz.ts';
import type { TextEntry } from '../load/translatable.ts';

type Data = Record<string, unknown>;

const record = (value: unknown): Data | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Where a text of a module sits: its activity (for the XLIFF group) and notes. */
export interface UnitContext {
  /** The activity the text belongs to, if any. */
  activity?: { id: string; type: string };
  notes: string[];
}

export const MARKDOWN_NOTE =
  'Markdown. Translate the text, link texts and image alt text; keep headings (#), lists, tables, link targets and image paths as they are.';

export const limitNote = (limit: number): string => `At most ${limit} characters (the build refuses a longer text).`;

export const listNote = (maxLength: number | undefined): string =>
  `Accepted answers of a fill-in question, one per line. List every answer a learner might type in this language; the number may differ from English.${maxLength ? ` Each at most ${maxLength} characters.` : ''}`;

/** Notes for a text of course.yaml. */
export function courseNotes(entry: TextEntry): UnitContext {
  const notes = ['Course (course.yaml).'];
  if (entry.key.startsWith('competences.')) notes.push(`The title of the competence "${entry.key.split('.')[1]}".`);
  if (entry.limit) notes.push(limitNote(entry.limit));
  return { notes };
}

/** Notes for a text of a module, read from the module's (English) data along the text's path. */
export function moduleNotes(entry: TextEntry, module: unknown, moduleId: string): UnitContext {
  const data = record(module);
  const notes = [`Module "${moduleId}": ${str(data?.title) ?? ''}`.trimEnd()];
  const [first, index] = entry.path;
  let activity: UnitContext['activity'];
  if (first === 'facilitator') notes.push('Facilitator guide only: trainers read it, learners never see it.');
  if (first === 'activities' && typeof index === 'number' && Array.isArray(data?.activities)) {
    const a = record(data.activities[index]);
    const id = str(a?.id) ?? String(index);
    const type = str(a?.type) ?? 'activity';
    activity = { id, type };
    notes.push(`Activity "${id}" (${type}): ${str(a?.title) ?? ''}`.trimEnd());
    if (type === 'dialogue' && a) notes.push(...dialogueNotes(entry.path.slice(2), a));
  }
  if (entry.limit) notes.push(limitNote(entry.limit));
  if (Array.isArray(entry.value)) notes.push(listNote(maxLengthAt(entry.path, data)));
  return activity ? { activity, notes } : { notes };
}

/** The speaker of a line, and whose words a choice is: the same text reads differently in each mouth. */
function dialogueNotes(path: readonly PropertyKey[], dialogue: Data): string[] {
  const cast = Array.isArray(dialogue.cast) ? dialogue.cast.map(record) : [];
  const person = (id: unknown): string => {
    const member = cast.find((c) => c?.id === id);
    const role = str(member?.role);
    return member ? `${str(member.name) ?? String(id)}${role ? ` (${role})` : ''}` : String(id);
  };
  const [field, n, inner, m, leaf] = path;
  if (field !== 'nodes' || typeof n !== 'number' || !Array.isArray(dialogue.nodes)) return [];
  const node = record(dialogue.nodes[n]);
  const nodeId = str(node?.id) ?? String(n);
  if (inner === 'lines' && typeof m === 'number' && Array.isArray(node?.lines)) {
    return [`Dialogue line at "${nodeId}". Speaker: ${person(record(node.lines[m])?.speaker)}.`];
  }
  if (inner === 'choices' && typeof m === 'number' && Array.isArray(node?.choices)) {
    const choice = record(node.choices[m]);
    return leaf === 'feedback'
      ? [`Feedback the learner reads after choosing "${str(choice?.id)}": ${str(choice?.text) ?? ''}`]
      : [`A choice at "${nodeId}": what the learner says, as ${person(dialogue.player)}.`];
  }
  if (inner === 'ending') return [`The ending "${nodeId}" of the dialogue.`];
  return [];
}

/** A fill-in item's `maxLength` (or the schema's default) for its `accept` list. */
function maxLengthAt(path: readonly PropertyKey[], module: Data | undefined): number | undefined {
  let node: unknown = module;
  for (const segment of path.slice(0, -1)) node = (node as Record<PropertyKey, unknown> | undefined)?.[segment];
  const item = record(node);
  if (!item) return undefined;
  return typeof item.maxLength === 'number' ? item.maxLength : FillInItemSchema.shape.maxLength.parse(undefined);
}

/** The same limit as `maxLengthAt`, exported for the import check. */
export const acceptMaxLength = (path: readonly PropertyKey[], module: unknown): number | undefined => maxLengthAt(path, record(module));

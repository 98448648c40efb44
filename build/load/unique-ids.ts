/**
 * Ids must be unique within the list that holds them (activities in a module, nodes in a
 * dialogue, choices in a node, options in an item, …): progress, tracking and choice targets refer
 * to entries by id. Checked on the raw data, so a duplicate is found even in a part that has other
 * problems. A duplicate also makes translation keys ambiguous (`activities.<id>.…` names two
 * things), so `unsettledLists` tells the translation check which keys not to judge: their
 * problems only follow from the duplicate, and would bury it under hundreds of errors.
 */
import { IdSchema } from '../../course/schema/ids.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { describePath, entryNames, type Root } from './describe-path.ts';
import type { YamlFile } from './yaml-file.ts';

/** Lists of plain ids where a repeat is a mistake (a repeated accepted answer is harmless). */
const ID_LISTS = new Set(['modules', 'locales', 'competences', 'correct']);

export function checkUniqueIds(file: YamlFile, root: Root): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      const listKey = String(path.at(-1) ?? '');
      const first = new Map<string, number>();
      value.forEach((entry, i) => {
        const record = isRecord(entry) ? entry : undefined;
        const id = record ? record.id : ID_LISTS.has(listKey) ? entry : undefined;
        if (typeof id === 'string') {
          const seen = first.get(id);
          if (seen === undefined) first.set(id, i);
          else {
            const idPath = record ? [...path, i, 'id'] : [...path, i];
            errors.push(
              contentError(
                'DuplicateId',
                {
                  id,
                  kind: entryNames[listKey] ?? 'entry',
                  scope: describePath(file.data, path.slice(0, -1), root),
                  firstLine: file.lineOf(record ? [...path, seen, 'id'] : [...path, seen]),
                },
                file.locate(idPath),
              ),
            );
          }
        }
        visit(entry, [...path, i]);
      });
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    }
  };
  visit(file.data, []);
  return errors;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A list of entries with ids in which some id is used more than once or is not a valid id. */
export interface UnsettledList {
  /** Translation key of the list, e.g. `activities` or `activities.first-talk.nodes`. */
  key: string;
  /** Every valid id in the list. */
  ids: readonly string[];
  /** The ids used more than once, and the malformed ones. */
  unsettled: readonly string[];
}

/**
 * Lists whose ids cannot be trusted as translation keys. A key under an unsettled id names two
 * things or none; a key under an id the list does not have is most likely the entry whose id was
 * just changed into the duplicate or the malformed one. Neither is judged until the ids are fixed.
 */
export function unsettledLists(data: unknown): UnsettledList[] {
  const out: UnsettledList[] = [];
  const visit = (value: unknown, key: string[]): void => {
    if (Array.isArray(value)) {
      const ids = value.map((entry) => (isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined));
      const present = ids.filter((id): id is string => id !== undefined);
      const duplicated = present.filter((id, i) => present.indexOf(id) !== i);
      const malformed = present.filter((id) => !IdSchema.safeParse(id).success);
      if (duplicated.length + malformed.length > 0) {
        out.push({ key: key.join('.'), ids: present.filter((id) => !malformed.includes(id)), unsettled: [...new Set([...duplicated, ...malformed])] });
      }
      value.forEach((entry, i) => visit(entry, [...key, ids[i] ?? String(i)]));
    } else if (isRecord(value)) {
      for (const [name, child] of Object.entries(value)) visit(child, [...key, name]);
    }
  };
  visit(data, []);
  return out;
}

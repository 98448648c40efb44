/**
 * Ids must be unique within the list that holds them (activities in a module, nodes in a
 * dialogue, choices in a node, options in an item, …): progress, tracking and choice targets refer
 * to entries by id. Checked on the raw data, so a duplicate is found even in a part that has other
 * problems.
 */
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

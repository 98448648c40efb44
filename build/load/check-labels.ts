/** Short labels in the source YAML stay within their limits (declared in translatable.ts). */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { describeField, type Root } from './describe-path.ts';
import type { TextEntry } from './translatable.ts';
import type { YamlFile } from './yaml-file.ts';

export function checkLabels(file: YamlFile, texts: readonly TextEntry[], root: Root): ContentError[] {
  const errors: ContentError[] = [];
  for (const entry of texts) {
    // TextSchema trims, so surrounding whitespace (a block scalar's last newline) does not count.
    const length = typeof entry.value === 'string' ? entry.value.trim().length : 0;
    if (!entry.limit || length <= entry.limit) continue;
    const { field, owner } = describeField(file.data, entry.path, root);
    errors.push(contentError('LabelTooLong', { label: `the \`${field}\` of ${owner}`, limit: entry.limit, length }, file.locate(entry.path)));
  }
  return errors;
}

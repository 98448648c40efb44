/**
 * Whether a locale's interface text is complete: every key of the English text, in the same
 * place, with the plural forms the language needs. TypeScript checks this only for folders whose
 * files are typed from English (`Messages<typeof en>`, locales/messages.ts) and whose build was
 * type-checked; this check runs in every build, for whatever folder a course language uses, so a
 * new folder needs no code edit to be checked.
 *
 * Plurals: English has `key_one` and `key_other`; Arabic needs zero, one, two, few, many and
 * other, Japanese only other. A language needs a form for each of its own plural categories
 * (Intl.PluralRules, the same rules i18next uses) and nothing else.
 */

/** One key that is missing, or that nothing reads. */
export interface UiKeyProblem {
  kind: 'missing' | 'extra';
  /** The top-level namespace (`common`, `framing`), which is also its file name. */
  namespace: string;
  /** The key within the namespace, dotted: `tracking.lms`, `moduleCount_few`. */
  key: string;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string leaf of `tree` by dotted path; nested objects are walked, anything else kept as is. */
function leaves(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, tree);
  return out;
}

/** The keys `tag` must have for English's `keys`: plural keys get the language's own forms. */
function expectedKeys(englishKeys: Iterable<string>, tag: string): Set<string> {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of englishKeys) {
    if (PLURAL.test(key)) for (const category of categories) expected.add(key.replace(PLURAL, `_${category}`));
    else expected.add(key);
  }
  return expected;
}

/** What `text` (one locale's messages) lacks or has beyond `english`, in English's key order. */
export function uiKeyProblems(english: object, text: object, tag: string): UiKeyProblem[] {
  const expected = expectedKeys(leaves(english).keys(), tag);
  const found = leaves(text);
  const problem = (kind: UiKeyProblem['kind'], path: string): UiKeyProblem => {
    const [namespace = '', ...rest] = path.split('.');
    return { kind, namespace, key: rest.join('.') };
  };
  const missing = [...expected].filter((k) => typeof found.get(k) !== 'string').map((k) => problem('missing', k));
  const extra = [...found.keys()].filter((k) => !expected.has(k)).map((k) => problem('extra', k));
  return [...missing, ...extra];
}

/**
 * Names in the API are language maps as the course's statements gave them ({ "en": "…",
 * "nl": "…" }): the dashboard shows the reader's language, else English, else any, else the
 * id, so a module never goes nameless.
 */
export function pickName(names: Readonly<Record<string, string>>, language: string, fallback: string): string {
  const base = language.split('-')[0]!;
  const match = names[language] ?? names[base] ?? Object.entries(names).find(([tag]) => tag.split('-')[0] === base)?.[1] ?? names.en ?? Object.values(names)[0];
  return match && match.trim() ? match : fallback;
}

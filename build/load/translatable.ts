/**
 * Which fields of the content are text a translator translates, declared once. Everything else
 * (ids, dialogue structure, correct answers, scores) is defined once in module.yaml and cannot be
 * changed by a translation. The same description drives key extraction, applying a translation,
 * label length limits and the translator's worksheet (build/i18n-extract.ts).
 *
 * Translation files (`i18n/<locale>.yaml`) are nested maps flattened with `.`; a key is the path
 * of a text, using the `id` of list entries that have one and the 0-based index of those that do
 * not. Either nesting or dotted keys may be written (`activities: {intro: {title: …}}` or
 * `activities.intro.title: …`); a list of texts may be written as a YAML list.
 *
 * Course (`<course>/i18n/<locale>.yaml`):
 *   title, description, competences.<id>.title
 * Module (`modules/<module>/i18n/<locale>.yaml`):
 *   title, summary, objectives.<id>.text, facilitator.questions.<n>, facilitator.watchFor.<n>,
 *   facilitator.sessionPlan.<n>.step  (facilitator.sources are not translated: titles and
 *                                      addresses stay as published)
 *   activities.<activity-id>.title                                       every activity, then:
 *   dialogue           .scene .sector .cast.<id>.name .cast.<id>.description
 *                      .nodes.<node>.lines.<n> (the line's text) .nodes.<node>.choices.<id>.text|feedback
 *                      .nodes.<node>.ending.title|debrief
 *   feedback-exercise  .situation .sample.title|text .write.prompt .sort.prompt
 *                      .sort.categories.<id>.label .sort.statements.<id>.text|explanation
 *                      .rubric.prompt .rubric.levels.<id>.label .rubric.criteria.<id>.text .model
 *   quiz               .intro .items.<id>.prompt .items.<id>.feedback.correct|incorrect
 *                      .items.<id>.options.<id>.text .items.<id>.pairs.<id>.prompt|match
 *                      .items.<id>.steps.<id>.text
 *                      .items.<id>.accept  (a LIST: accepted answers differ per language)
 *   reflection         .intro .prompts.<id>.text|hint
 *   certificate        .heading .statement .moduleStatement .issuer
 * Page bodies are translated as whole files: `pages/<activity-id>.<locale>.md`.
 */

/** A translatable value: text, or a list of texts (fill-in accepted answers). */
export type TextValue = string | string[];

export type TextSpec =
  | { kind: 'text'; limit?: number }
  | { kind: 'texts' }
  | { kind: 'fields'; fields: Record<string, TextSpec> }
  | { kind: 'list'; keyBy: 'id' | 'index'; item: TextSpec }
  /** The entry itself is the key; its text lives in `field` (dialogue lines). */
  | { kind: 'inner'; field: string; spec: TextSpec }
  | { kind: 'variant'; on: string; cases: Record<string, TextSpec> };

export interface TextEntry {
  /** Translation key, e.g. `activities.first-talk.nodes.greet.choices.ask-why.text`. */
  key: string;
  /** Where the text is in the source data (for positions and for applying a translation). */
  path: PropertyKey[];
  value: TextValue;
  /** Maximum length in characters for short labels. */
  limit?: number;
}

const text = (limit?: number): TextSpec => (limit ? { kind: 'text', limit } : { kind: 'text' });
const texts = (): TextSpec => ({ kind: 'texts' });
const fields = (f: Record<string, TextSpec>): TextSpec => ({ kind: 'fields', fields: f });
const byId = (item: TextSpec): TextSpec => ({ kind: 'list', keyBy: 'id', item });
const byIndex = (item: TextSpec): TextSpec => ({ kind: 'list', keyBy: 'index', item });
const inner = (field: string, spec: TextSpec): TextSpec => ({ kind: 'inner', field, spec });

/** Label limits (characters): labels are read on phones and copied into LMS titles. */
export const LIMITS = { title: 80, name: 40, choice: 200, option: 160, label: 60, level: 40, issuer: 120 } as const;

const activity = (own: Record<string, TextSpec>): TextSpec => fields({ title: text(LIMITS.title), ...own });

export const courseTexts: TextSpec = fields({
  title: text(LIMITS.title),
  description: text(),
  competences: byId(fields({ title: text(LIMITS.title) })),
});

export const moduleTexts: TextSpec = fields({
  title: text(LIMITS.title),
  summary: text(),
  objectives: byId(fields({ text: text() })),
  facilitator: fields({ questions: byIndex(text()), watchFor: byIndex(text()), sessionPlan: byIndex(fields({ step: text() })) }),
  activities: byId({
    kind: 'variant',
    on: 'type',
    cases: {
      page: activity({}),
      dialogue: activity({
        scene: text(),
        sector: text(LIMITS.label),
        cast: byId(fields({ name: text(LIMITS.name), description: text() })),
        nodes: byId(
          fields({
            lines: byIndex(inner('text', text())),
            choices: byId(fields({ text: text(LIMITS.choice), feedback: text() })),
            ending: fields({ title: text(LIMITS.title), debrief: text() }),
          }),
        ),
      }),
      'feedback-exercise': activity({
        situation: text(),
        sample: fields({ title: text(LIMITS.title), text: text() }),
        write: fields({ prompt: text() }),
        sort: fields({
          prompt: text(),
          categories: byId(fields({ label: text(LIMITS.label) })),
          statements: byId(fields({ text: text(LIMITS.choice), explanation: text() })),
        }),
        rubric: fields({
          prompt: text(),
          levels: byId(fields({ label: text(LIMITS.level) })),
          criteria: byId(fields({ text: text(LIMITS.choice) })),
        }),
        model: text(),
      }),
      quiz: activity({
        intro: text(),
        items: byId(
          fields({
            prompt: text(),
            feedback: fields({ correct: text(), incorrect: text() }),
            options: byId(fields({ text: text(LIMITS.option) })),
            pairs: byId(fields({ prompt: text(LIMITS.option), match: text(LIMITS.option) })),
            steps: byId(fields({ text: text(LIMITS.option) })),
            accept: texts(),
          }),
        ),
      }),
      reflection: activity({ intro: text(), prompts: byId(fields({ text: text(), hint: text() })) }),
      certificate: activity({ heading: text(LIMITS.title), statement: text(), moduleStatement: text(), issuer: text(LIMITS.issuer) }),
    },
  }),
});

/** Every text in `value` per `spec`, in source order. Tolerates data that failed validation. */
export function listTexts(spec: TextSpec, value: unknown): TextEntry[] {
  const out: TextEntry[] = [];
  walk(spec, value, [], [], out);
  return out;
}

function walk(spec: TextSpec, value: unknown, key: string[], path: PropertyKey[], out: TextEntry[]): void {
  switch (spec.kind) {
    case 'text':
      if (typeof value === 'string') out.push({ key: key.join('.'), path, value, ...(spec.limit ? { limit: spec.limit } : {}) });
      return;
    case 'texts':
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out.push({ key: key.join('.'), path, value });
      return;
    case 'fields':
      if (!isRecord(value)) return;
      for (const [name, fieldSpec] of Object.entries(spec.fields)) walk(fieldSpec, value[name], [...key, name], [...path, name], out);
      return;
    case 'list':
      if (!Array.isArray(value)) return;
      value.forEach((entry, i) => {
        const id = spec.keyBy === 'id' ? (isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined) : String(i);
        if (id !== undefined) walk(spec.item, entry, [...key, id], [...path, i], out);
      });
      return;
    case 'inner':
      if (isRecord(value)) walk(spec.spec, value[spec.field], key, [...path, spec.field], out);
      return;
    case 'variant': {
      const which = isRecord(value) ? value[spec.on] : undefined;
      const chosen = typeof which === 'string' ? spec.cases[which] : undefined;
      if (chosen) walk(chosen, value, key, path, out);
      return;
    }
  }
}

const toMap = (entries: TextEntry[]): Map<string, TextValue> => new Map(entries.map((e) => [e.key, e.value]));

/** Every translatable text of a module by translation key. */
export const extractTexts = (module: unknown): Map<string, TextValue> => toMap(listTexts(moduleTexts, module));

/** Every translatable text of course.yaml by translation key. */
export const extractCourseTexts = (course: unknown): Map<string, TextValue> => toMap(listTexts(courseTexts, course));

/** A copy of `module` with every text found in `translation` replaced; others stay as they are. */
export const applyTranslation = <T>(module: T, translation: ReadonlyMap<string, TextValue>): T =>
  applyWith(moduleTexts, module, translation);

export const applyCourseTranslation = <T>(course: T, translation: ReadonlyMap<string, TextValue>): T =>
  applyWith(courseTexts, course, translation);

function applyWith<T>(spec: TextSpec, value: T, translation: ReadonlyMap<string, TextValue>): T {
  const copy = structuredClone(value);
  for (const entry of listTexts(spec, copy)) {
    const translated = translation.get(entry.key);
    if (translated === undefined || Array.isArray(translated) !== Array.isArray(entry.value)) continue;
    const parent = entry.path.slice(0, -1).reduce<unknown>((node, segment) => (node as Record<PropertyKey, unknown>)[segment], copy);
    (parent as Record<PropertyKey, unknown>)[entry.path.at(-1)!] = Array.isArray(translated) ? [...translated] : translated;
  }
  return copy;
}

/** Field names whose translation is a list of texts (so a YAML list there is one value). */
export const LIST_FIELDS: ReadonlySet<string> = new Set(collectListFields(moduleTexts));

function collectListFields(spec: TextSpec, name = ''): string[] {
  switch (spec.kind) {
    case 'texts':
      return [name];
    case 'fields':
      return Object.entries(spec.fields).flatMap(([n, s]) => collectListFields(s, n));
    case 'list':
      return collectListFields(spec.item, name);
    case 'inner':
      return collectListFields(spec.spec, name);
    case 'variant':
      return Object.values(spec.cases).flatMap((s) => collectListFields(s, name));
    default:
      return [];
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

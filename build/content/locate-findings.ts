/**
 * Turns content-check findings into content errors with the loader's precision: each place
 * becomes `file:line:col` with a code frame, in `module.yaml` for structure and source text, in
 * `i18n/<locale>.yaml` for a translated text (a cue only the Dutch text has is shown in the Dutch
 * file). The places a message lists get their line numbers here, since only the files know them.
 */
import { byPosition, contentError, type ContentError, type Location } from '../errors/content-error.ts';
import type { LoadedCourse } from '../load/load-course.ts';
import { listTexts, moduleTexts } from '../load/translatable.ts';
import { flattenTranslation, type TranslationEntry } from '../load/translation-file.ts';
import { readYamlFile, type YamlFile } from '../load/yaml-file.ts';
import type { ErrorName } from '../errors/catalogue.ts';
import type { ListedPlace } from './content-checks.ts';
import type { Place } from './content-place.ts';

/** A finding of any whole-course check (content cues, the course standard) in one module's files. */
export interface LocatableFinding {
  name: ErrorName;
  params: object;
  module: string;
  locale: string;
  at: Place;
  places?: readonly ListedPlace[];
}

interface ModuleFiles {
  source: YamlFile | undefined;
  translations: Map<string, Map<string, TranslationEntry>>;
}

export async function locateFindings(course: Pick<LoadedCourse, 'root' | 'source'>, findings: readonly LocatableFinding[]): Promise<ContentError[]> {
  const files = new Map<string, Promise<ModuleFiles>>();
  const filesOf = (module: string): Promise<ModuleFiles> => {
    let loaded = files.get(module);
    if (!loaded) files.set(module, (loaded = readModuleFiles(course, module)));
    return loaded;
  };
  const errors: ContentError[] = [];
  for (const f of findings) {
    const module = await filesOf(f.module);
    const locate = (place: Place): Location => locatePlace(module, f.module, f.locale === course.source.sourceLocale ? undefined : f.locale, place);
    const params = { ...f.params, ...(f.places ? { places: f.places.map((p) => `${p.label} (line ${locate(p.at).line})`) } : {}) };
    errors.push(contentError(f.name, params as never, locate(f.at)));
  }
  return errors.sort(byPosition);
}

async function readModuleFiles(course: Pick<LoadedCourse, 'root' | 'source'>, module: string): Promise<ModuleFiles> {
  const source = await readYamlFile(course.root, `modules/${module}/module.yaml`);
  const translations = new Map<string, Map<string, TranslationEntry>>();
  const keys = new Set(listTexts(moduleTexts, source?.data).map((t) => t.key));
  for (const locale of course.source.locales) {
    if (locale === course.source.sourceLocale) continue;
    const file = await readYamlFile(course.root, `modules/${module}/i18n/${locale}.yaml`, { failsafe: true });
    if (file) translations.set(locale, new Map(flattenTranslation(file, keys).map((e) => [e.key, e])));
  }
  return { source, translations };
}

function locatePlace(files: ModuleFiles, module: string, locale: string | undefined, place: Place): Location {
  const translated = locale && place.key ? files.translations.get(locale)?.get(place.key) : undefined;
  if (translated) return translated.valueAt;
  return files.source ? files.source.locate(place.path) : { file: `modules/${module}/module.yaml`, line: 0, column: 0 };
}

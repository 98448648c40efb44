/**
 * The course text as the shell loads it: at launch only the table of contents of the learner's
 * language (every module and activity by title; activities hollow, without their text), then a
 * module's text when the learner gets there or just before, and the course structure when the
 * resume state has to be read or written (see components/src/app/content-paths.ts and
 * build/content-split/split-course.ts). On the WORKMENTOR course that is a few KB gzip before
 * the first screen instead of some 150 KB for every module's answers and feedback.
 *
 * `course` is always a whole `CourseData`: the table of contents with the text of each module
 * loaded so far in its place. Status rules read only what a hollow activity keeps (type, flags,
 * attempts), so progress and status are right for modules whose text is not loaded yet; an
 * activity is shown only once its module is loaded (`ensureModule`). A loaded module keeps its
 * objects when others arrive, so elements and caches keyed by activity stay as they are.
 */
import type { CourseData, ModuleData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';

/** Where the course text comes from: fetched files in a package, fixture data in tests. */
export interface CourseTextSource {
  /** The table of contents in `locale`: the course with hollow activities. */
  toc(locale: Locale): Promise<CourseData>;
  /** One module with all its text in `locale`. */
  module(locale: Locale, moduleId: string): Promise<ModuleData>;
  /** Every activity's structure without text (the same in every locale), for the resume state. */
  structure(): Promise<CourseData>;
}

/** A source from whole courses per locale (tests, hand-made pages): every part comes from one course. */
export function wholeCourseSource(load: (locale: Locale) => Promise<CourseData>): CourseTextSource {
  let last: Promise<CourseData> | undefined;
  return {
    toc: (locale) => (last = load(locale)),
    module: async (locale, moduleId) => {
      const module = (await load(locale)).modules.find((m) => m.id === moduleId);
      if (!module) throw new Error(`No module "${moduleId}" in the course.`);
      return module;
    },
    structure: () => last ?? Promise.reject(new Error('No course loaded yet.')),
  };
}

export class CourseText {
  /** The course in `locale` as far as it is loaded; undefined before `open`. */
  course: CourseData | undefined;
  locale: Locale | undefined;
  /** Called when a module's text arrives for the locale shown (`course` changed). */
  onChange: ((course: CourseData) => void) | undefined;

  private readonly source: CourseTextSource;
  private readonly tocs = new Map<Locale, Promise<CourseData>>();
  private readonly requests = new Map<string, Promise<ModuleData>>();
  private readonly loaded = new Map<string, ModuleData>();
  private structureRequest: Promise<CourseData> | undefined;
  /** The table of contents `course` is made from. */
  private shownToc: CourseData | undefined;
  /** Counts `open` calls, so only the latest one shows (a learner may switch languages twice quickly). */
  private opening = 0;

  constructor(source: CourseTextSource) {
    this.source = source;
  }

  /** The table of contents in `locale`, fetched once (again after a failure). */
  toc(locale: Locale): Promise<CourseData> {
    return once(this.tocs, locale, () => this.source.toc(locale));
  }

  /** The course structure, fetched once (again after a failure). */
  structure(): Promise<CourseData> {
    const request = (this.structureRequest ??= this.source.structure());
    request.catch(() => {
      if (this.structureRequest === request) this.structureRequest = undefined;
    });
    return request;
  }

  /**
   * Shows the course in `locale`: its table of contents with the text of `modules` (the one the
   * learner is in), all fetched side by side. Resolves with the new `course`.
   */
  async open(locale: Locale, modules: readonly string[] = []): Promise<CourseData> {
    const opening = ++this.opening;
    const [toc] = await Promise.all([this.toc(locale), ...modules.map((id) => this.module(locale, id))]);
    const course = this.assemble(locale, toc);
    if (opening === this.opening) {
      this.locale = locale;
      this.shownToc = toc;
      this.course = course;
    }
    return course;
  }

  /** Whether a module's text is in `course`. */
  isLoaded(moduleId: string): boolean {
    return this.locale !== undefined && this.loaded.has(key(this.locale, moduleId));
  }

  /** Loads a module's text into `course` (at once if it is there); rejects when it cannot be fetched. */
  async ensureModule(moduleId: string): Promise<CourseData> {
    const locale = this.locale;
    if (!locale) throw new Error('CourseText: open a locale first.');
    await this.module(locale, moduleId);
    return this.course!;
  }

  /** Fetches a module's text ahead of need (the next module while the learner works); quiet on failure. */
  prefetch(moduleId: string): void {
    if (this.locale && !this.isLoaded(moduleId)) this.module(this.locale, moduleId).catch(() => undefined);
  }

  private module(locale: Locale, moduleId: string): Promise<ModuleData> {
    return once(this.requests, key(locale, moduleId), async () => {
      const module = await this.source.module(locale, moduleId);
      this.loaded.set(key(locale, moduleId), module);
      if (locale === this.locale && this.shownToc) {
        this.course = this.assemble(locale, this.shownToc);
        this.onChange?.(this.course);
      }
      return module;
    });
  }

  private assemble(locale: Locale, toc: CourseData): CourseData {
    return { ...toc, modules: toc.modules.map((m) => this.loaded.get(key(locale, m.id)) ?? m) };
  }
}

const key = (locale: Locale, moduleId: string): string => `${locale}/${moduleId}`;

/** One request per key; a failed one is forgotten, so asking again tries again. */
function once<K, V>(cache: Map<K, Promise<V>>, k: K, start: () => Promise<V>): Promise<V> {
  let request = cache.get(k);
  if (!request) {
    request = start();
    cache.set(k, request);
    const settled = request;
    settled.catch(() => {
      if (cache.get(k) === settled) cache.delete(k);
    });
  }
  return request;
}

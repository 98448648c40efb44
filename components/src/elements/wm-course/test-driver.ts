/**
 * Drives `<wm-course>` in the shell's element tests: mounts it with the test course (at a hash,
 * or on the welcome screen as a first launch does), finds its screens, headings and buttons, and
 * moves through the framing screens the way a learner does.
 */
import { waitUntil } from '@open-wc/testing';
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { Locale } from '../../../../course/schema/ids.ts';
import { MemoryTracker } from '../../tracking/memory/memory-tracker.ts';
import type { WmWelcome } from '../wm-welcome/wm-welcome.ts';
import type { LaunchConfig } from '../../app/launch-config.ts';
import type { ActivityElementLoaders } from './activity-elements.ts';
import { shellConfig, shellCourse } from './test-data.ts';
import './wm-course.ts';
import type { WmCourse } from './wm-course.ts';

/** Activity and screen elements are fetched on demand; on a busy machine the test server can take a while. */
export const ELEMENT_LOAD = { timeout: 5000 };

export interface MountOptions {
  /** Open at this hash (`welcome/intro`, `~welcome`, ...); without it, where the shell decides (the welcome on a first launch). */
  at?: string;
  tracker?: MemoryTracker;
  course?: (locale: Locale) => CourseData;
  elements?: ActivityElementLoaders;
  loaded?: Locale[];
  /** The launch configuration (default: the test course in en, nl and nb). */
  config?: LaunchConfig;
}

export async function mount(options: MountOptions = {}): Promise<{ el: WmCourse; tracker: MemoryTracker; loaded: Locale[] }> {
  history.replaceState(null, '', options.at ? `#/${options.at}` : location.pathname);
  const tracker = options.tracker ?? new MemoryTracker();
  const loaded = options.loaded ?? [];
  const el = document.createElement('wm-course');
  el.tracker = tracker;
  el.config = options.config ?? shellConfig;
  el.loadContent = async (locale) => {
    loaded.push(locale);
    return (options.course ?? shellCourse)(locale);
  };
  if (options.elements) el.activityElements = options.elements;
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('main[aria-busy="false"]') && (heading(el) || welcome(el)?.shadowRoot?.querySelector('h2')), 'the first screen never showed', ELEMENT_LOAD);
  return { el, tracker, loaded };
}

export const root = (el: WmCourse): ShadowRoot => el.shadowRoot!;
/** The heading of the activity or module screen on show (null on the welcome, whose heading is its own). */
export const heading = (el: WmCourse): HTMLElement | null => root(el).querySelector('main h2.activity-title');
export const welcome = (el: WmCourse): WmWelcome | null => root(el).querySelector('wm-welcome');
export const screen = (el: WmCourse): string | null => root(el).querySelector('main')!.getAttribute('data-screen');
export const button = (el: WmCourse, name: RegExp): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
export const progressText = (el: WmCourse): string => root(el).querySelector('#progress-text')!.textContent!.trim();

export async function showsHeading(el: WmCourse, text: string): Promise<void> {
  await waitUntil(() => heading(el)?.textContent === text, `the screen "${text}" never showed`, ELEMENT_LOAD);
}

/** From the welcome: Start, then Start the module, to the first activity. */
export async function startCourse(el: WmCourse): Promise<void> {
  welcome(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click();
  await waitUntil(() => screen(el) === 'module-start' && heading(el), 'the module start never showed', ELEMENT_LOAD);
  button(el, /Start the module/).click();
  await waitUntil(() => screen(el) === 'activity', 'the first activity never showed', ELEMENT_LOAD);
}

/**
 * What a coordinator chooses for this browser: the dashboard's language and large text (for
 * a projector at the back of a meeting room). Kept in localStorage, not in the URL: a shared
 * link should open in the reader's own language and text size.
 */
import { isDashboardLocale, type DashboardLocale } from '../i18n/dashboard-i18n.ts';

const LANGUAGE_KEY = 'wm-dashboard-language';
const LARGE_TEXT_KEY = 'wm-dashboard-large-text';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the defaults apply
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage blocked: the choice lasts until the page closes
  }
}

/** The stored language, else the first of the browser's languages the dashboard has, else English. */
export function preferredLanguage(languages: readonly string[] = navigator.languages): DashboardLocale {
  const stored = read(LANGUAGE_KEY);
  if (isDashboardLocale(stored)) return stored;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]!;
    // Norwegian in general (no) and nynorsk (nn) readers get bokmål rather than English.
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
    if (isDashboardLocale(mapped)) return mapped;
  }
  return 'en';
}

export function storeLanguage(language: DashboardLocale): void {
  write(LANGUAGE_KEY, language);
}

export function preferredLargeText(): boolean {
  return read(LARGE_TEXT_KEY) === 'true';
}

export function storeLargeText(on: boolean): void {
  write(LARGE_TEXT_KEY, on ? 'true' : null);
}

/**
 * The dashboard's own i18next instance, apart from the course player's (components/src/i18n):
 * the player's keys are typed against the learners' interface text, and a learner never needs
 * a coordinator's words, so the dashboard's text lives in its own namespace, joined from the
 * dashboard files per locale. English, the source and fallback, is bundled; Dutch and
 * Norwegian bokmål load on first use.
 *
 * `translate` is typed by `DashboardKey`, every leaf of the English text (plural suffixes
 * folded: `login.throttled` for `throttled_one` / `throttled_other`), so a misspelt key fails
 * `npm run typecheck` as the player's do.
 */
import i18next from 'i18next';
import { dashboard } from '../../../../locales/en/dashboard.ts';
import { dashboardPanels } from '../../../../locales/en/dashboard-panels.ts';
import { dashboardPeople } from '../../../../locales/en/dashboard-people.ts';
import { dashboardLive } from '../../../../locales/en/dashboard-live.ts';

export const DASHBOARD_SOURCE = { ...dashboard, ...dashboardPanels, ...dashboardPeople, ...dashboardLive };
export type DashboardMessages = typeof DASHBOARD_SOURCE;

export const DASHBOARD_LOCALES = ['en', 'nl', 'nb'] as const;
export type DashboardLocale = (typeof DASHBOARD_LOCALES)[number];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Unplural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Unplural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the dashboard's text. */
export type DashboardKey = Leaves<DashboardMessages>;
/** Interpolation values; `count` also picks the plural form. */
export type TranslateOptions = { count?: number } & Record<string, string | number | undefined>;

const NAMESPACE = 'dashboard';

const loaders: Record<Exclude<DashboardLocale, 'en'>, () => Promise<object[]>> = {
  nl: () => Promise.all([import('../../../../locales/nl/dashboard.ts').then((m) => m.dashboard), import('../../../../locales/nl/dashboard-panels.ts').then((m) => m.dashboardPanels), import('../../../../locales/nl/dashboard-people.ts').then((m) => m.dashboardPeople), import('../../../../locales/nl/dashboard-live.ts').then((m) => m.dashboardLive)]),
  nb: () => Promise.all([import('../../../../locales/nb/dashboard.ts').then((m) => m.dashboard), import('../../../../locales/nb/dashboard-panels.ts').then((m) => m.dashboardPanels), import('../../../../locales/nb/dashboard-people.ts').then((m) => m.dashboardPeople), import('../../../../locales/nb/dashboard-live.ts').then((m) => m.dashboardLive)]),
};

export const dashboardI18n = i18next.createInstance();
void dashboardI18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...DASHBOARD_LOCALES],
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  resources: { en: { [NAMESPACE]: DASHBOARD_SOURCE } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Lit escapes text it renders
  showSupportNotice: false,
} as Parameters<typeof dashboardI18n.init>[0]);

// The player's CustomTypeOptions type i18next's `t` against the learners' keys; the dashboard
// checks its own keys through DashboardKey instead.
const untypedT = dashboardI18n.t.bind(dashboardI18n) as unknown as (key: string, options?: object) => string;

/** Text for `key` in the current dashboard language. */
export function translate(key: DashboardKey, options?: TranslateOptions): string {
  return untypedT(key, options);
}

export function isDashboardLocale(value: unknown): value is DashboardLocale {
  return typeof value === 'string' && (DASHBOARD_LOCALES as readonly string[]).includes(value);
}

/** Switches the dashboard's language, loading its text first; every controller re-renders. */
export async function setDashboardLanguage(locale: DashboardLocale): Promise<void> {
  if (locale !== 'en' && !dashboardI18n.hasResourceBundle(locale, NAMESPACE)) {
    const parts = await loaders[locale]();
    dashboardI18n.addResourceBundle(locale, NAMESPACE, Object.assign({}, ...parts));
  }
  await dashboardI18n.changeLanguage(locale);
}

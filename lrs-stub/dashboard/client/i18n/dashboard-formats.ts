/**
 * Numbers, shares, durations and dates as the dashboard's language writes them (Intl): "42 %"
 * in English is "42%", in Dutch "42%", in Norwegian "42 %"; 1 234 learners are "1,234",
 * "1.234" and "1 234". The API sends shares and scores as 0 to 100 and durations in seconds.
 * A missing value (null) is an en dash, never 0 or NaN.
 */
const DASH = '–';

/** A date-only value (YYYY-MM-DD) names a calendar day, not an instant: formatted in UTC so no time zone moves it. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class DashboardFormats {
  readonly language: string;
  private readonly integer: Intl.NumberFormat;
  private readonly share: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly minutesFormat: Intl.NumberFormat;
  private readonly day: Intl.DateTimeFormat;
  private readonly dayUtc: Intl.DateTimeFormat;
  private readonly instant: Intl.DateTimeFormat;
  private readonly languages: Intl.DisplayNames | undefined;
  private readonly lists: Intl.ListFormat;

  constructor(language: string) {
    this.language = language;
    this.integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    this.share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    this.decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    this.minutesFormat = new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 });
    this.day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    this.dayUtc = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    this.instant = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    this.lists = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
    try {
      this.languages = new Intl.DisplayNames(language, { type: 'language' });
    } catch {
      this.languages = undefined;
    }
  }

  /** A count: 1,234. */
  count(value: number | null | undefined): string {
    return value === null || value === undefined ? DASH : this.integer.format(value);
  }

  /** A share or score sent as 0 to 100: 42.5 %. */
  percent(value: number | null | undefined): string {
    return value === null || value === undefined ? DASH : this.share.format(value / 100);
  }

  /** `part` of `whole` as a share; a dash when there is no whole. */
  ratio(part: number, whole: number): string {
    return whole > 0 ? this.share.format(part / whole) : DASH;
  }

  /** A plain number with up to two decimals. */
  number(value: number | null | undefined): string {
    return value === null || value === undefined ? DASH : this.decimal.format(value);
  }

  /** Seconds as minutes: "12.5 min". */
  minutes(seconds: number | null | undefined): string {
    return seconds === null || seconds === undefined ? DASH : this.minutesFormat.format(seconds / 60);
  }

  /** A day (YYYY-MM-DD) or an instant (ISO date-time) as a day. */
  date(iso: string | null | undefined): string {
    if (!iso) return DASH;
    const date = DATE_ONLY.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return (DATE_ONLY.test(iso) ? this.dayUtc : this.day).format(date);
  }

  /** An instant with its time, in the reader's time zone. */
  dateTime(iso: string | null | undefined): string {
    if (!iso) return DASH;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : this.instant.format(date);
  }

  /** A course language tag as the reader's language names it: "nl-BE" → "Dutch (Belgium)". */
  languageName(tag: string): string {
    try {
      return this.languages?.of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  /** "a, b and c" in the reader's language. */
  list(values: readonly string[]): string {
    return this.lists.format(values);
  }
}

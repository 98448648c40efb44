/**
 * A time estimate in the learner's language: "25 min", "1 h 40 min", "3 h". Through i18next
 * keys, not `Intl.DurationFormat`, which older browsers on learners' phones lack.
 */
import type { LocalizeController } from '../../i18n/localize-controller.ts';

export function formatMinutes(t: LocalizeController['t'], minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('framing.minutes', { count: rest });
  if (rest === 0) return t('framing.hours', { count: hours });
  return t('framing.hoursMinutes', { hours, minutes: rest });
}

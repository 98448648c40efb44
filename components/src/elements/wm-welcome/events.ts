/** Events `<wm-welcome>` dispatches: the learner starts (or continues) the course, or picks a language. */
import type { Locale } from '../../../../course/schema/ids.ts';

const flags = { bubbles: true, composed: true } as const;

/** The learner pressed Start (first launch) or Continue (a returning learner). */
export class WmCourseStartEvent extends Event {
  static readonly eventName = 'wm-course-start';
  constructor() {
    super(WmCourseStartEvent.eventName, flags);
  }
}

/** The learner chose a language for the course. */
export class WmLocaleSelectEvent extends Event {
  static readonly eventName = 'wm-locale-select';
  readonly locale: Locale;
  constructor(locale: Locale) {
    super(WmLocaleSelectEvent.eventName, flags);
    this.locale = locale;
  }
}

declare global {
  interface HTMLElementEventMap {
    'wm-course-start': WmCourseStartEvent;
    'wm-locale-select': WmLocaleSelectEvent;
  }
}

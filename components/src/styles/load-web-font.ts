/**
 * Starts the web font (web-font.ts, a chunk of its own) once the shell marks the first activity
 * interactive (`wm-first-activity-interactive`), so neither the font nor its loader is part of
 * what a learner waits for at launch. This is all the launch bundle carries of the font.
 */
const FIRST_ACTIVITY_MARK = 'wm-first-activity-interactive';

export function loadWebFontAfterFirstActivity(): void {
  const start = (): void => {
    void import('./web-font.ts').then((m) => m.useWebFont()).catch(() => undefined);
  };
  if (performance.getEntriesByName(FIRST_ACTIVITY_MARK).length > 0) return start();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_ACTIVITY_MARK).length === 0) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'mark', buffered: true });
}

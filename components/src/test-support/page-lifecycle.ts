/**
 * What a browser does when the learner leaves: `visibilitychange` to hidden (switching apps or
 * tabs, locking the phone) and `pagehide` (closing the tab, navigating away). Element tests
 * fire them to check that nothing typed is lost.
 */

/** Makes `document.visibilityState` read `hidden` and fires `visibilitychange`, as a browser does when the learner switches apps. */
export function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  } finally {
    // Removing the own property brings back the real getter on Document.prototype.
    delete (document as { visibilityState?: unknown }).visibilityState;
  }
}

/** Fires `pagehide` on `window`, as a browser does when the tab closes or navigates away. */
export function closePage(): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
}

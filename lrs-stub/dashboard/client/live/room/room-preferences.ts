/**
 * The projector's high-contrast choice, kept in localStorage: the laptop that drives the
 * projector is set up once for its room (a washed-out beamer, a sunny room), and the next
 * session on it should start the same way.
 */
const HIGH_CONTRAST_KEY = 'workmentor.live.room.high-contrast';

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // some privacy settings throw on the mere access
  }
}

export function readHighContrast(storage: Storage | undefined = safeLocalStorage()): boolean {
  try {
    return storage?.getItem(HIGH_CONTRAST_KEY) === 'true';
  } catch {
    return false; // storage blocked: normal contrast
  }
}

export function storeHighContrast(on: boolean, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    if (on) storage?.setItem(HIGH_CONTRAST_KEY, 'true');
    else storage?.removeItem(HIGH_CONTRAST_KEY);
  } catch {
    // storage blocked: the choice lasts until the page closes
  }
}

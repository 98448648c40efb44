/**
 * Keyboard-only driving for end-to-end tests: reach a control with Tab (as a learner without a
 * mouse would, through every tab stop in between), pick radios with the arrow keys and closed
 * selects with ArrowDown. Nothing here clicks.
 */
import type { Locator, Page } from '@playwright/test';

/** True when `locator`'s element is the deepest focused element (through shadow roots). */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** Presses Tab until `locator` has focus; fails if it takes more than `max` presses. */
export async function tabTo(page: Page, locator: Locator, max = 80): Promise<void> {
  await locator.waitFor();
  for (let i = 0; i < max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator} in ${max} presses`);
}

/** Tabs into a radio group (landing on its checked or first radio), then arrows to `target`. */
export async function chooseRadio(page: Page, group: Locator, target: Locator): Promise<void> {
  await group.waitFor();
  for (let i = 0; i < 80 && !(await group.evaluate(hasFocusInside)); i++) await page.keyboard.press('Tab');
  if (!(await group.evaluate(hasFocusInside))) throw new Error(`Tab never reached the radio group ${group}`);
  for (let i = 0; i < 12; i++) {
    if ((await isFocused(target)) && (await target.isChecked())) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Arrow keys never reached ${target}`);
}

function hasFocusInside(root: Element): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !!active && root.contains(active);
}

/** Tabs to a closed `<select>` and presses ArrowDown until the option with `label` is selected. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  for (let i = 0; i < 12; i++) {
    const selected = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim() ?? '');
    if (selected === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never selected "${label}" in ${select}`);
}

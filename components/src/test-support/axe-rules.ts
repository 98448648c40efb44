/**
 * Which axe rules count, shared by the element tests (axe.ts) and the screenshot run's page
 * audit (tools/screenshots/page-checks.ts): WCAG 2.0/2.1 A and AA, plus axe's best practices
 * (what Lighthouse's accessibility score counts too). No axe import here, so Node can read it.
 */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** WCAG 2.1 A/AA plus axe's best practices. */
export const AUDITED_TAGS = [...WCAG_21_AA, 'best-practice'];

/**
 * The rules that misjudge a skip link inside a shadow root, because both resolve its `#target`
 * with `document.getElementById`, which does not look into shadow roots: `skip-link` ("the
 * target does not exist") and `region` (a skip link is exempt from "content outside landmarks"
 * only when its target resolves). See axe.ts for why the link is fine.
 */
export const SHADOW_SKIP_LINK_RULES: readonly string[] = ['skip-link', 'region'];

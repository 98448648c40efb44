/**
 * The certificate as an image a mentor can print, mail or upload: an SVG page (A4 landscape)
 * showing the name, the course, the date, the verification code and where to check it, with
 * the signed credential baked in as Open Badges 3.0 specifies for SVG ("Baking", OB 3.0 §5.3):
 * the `openbadges` namespace https://purl.imsglobal.org/ob/v3p0 on the root element and,
 * directly after the <svg> tag, one <openbadges:credential> element whose content is the
 * credential's compact JWS (VC-JWT). A badge-aware tool can extract it from the image and
 * verify it without asking the register anything.
 *
 * Every text is escaped (html.ts); the name is isolated against bidi overrides. No scripts, no
 * external references: the image shows the same in any viewer and loads nothing.
 */
import { html, isolated } from '../html.ts';
import { courseTexts, type RegisterCourse } from '../register-course.ts';
import { fill, formatDay, messagesFor } from '../register-language.ts';
import type { StoredEntry } from '../register-store.ts';

export const OPEN_BADGES_V3_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

const WIDTH = 1123;
const HEIGHT = 794;
const CENTRE = WIDTH / 2;
/** Text wider than this is squeezed to fit (a long name must not run off the page). */
const MAX_TEXT = WIDTH - 160;

export interface CertificateSvgOptions {
  entry: StoredEntry;
  course: RegisterCourse;
  issuerName: string;
  /** The public verification page of this certificate. */
  verifyUrl: string;
  /** The entry's VC-JWT, baked in. */
  credentialJwt: string;
}

/** A rough width for a line of text, to know when to squeeze it (glyphs average ~0.55 em). */
const fitted = (text: string, fontSize: number) => (Math.ceil(text.length * fontSize * 0.55) > MAX_TEXT ? html` textLength="${MAX_TEXT}" lengthAdjust="spacingAndGlyphs"` : '');

export function certificateSvg(options: CertificateSvgOptions): string {
  const { entry } = options;
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(options.credentialJwt)) {
    throw new Error(`certificate ${entry.code}: the credential to bake is not a compact JWS`);
  }
  const texts = courseTexts(options.course, entry.language);
  const m = messagesFor(texts.language);
  const name = entry.name === '' ? m.nameMissing : entry.name;
  const line = (y: number, text: string, size: number, extra = html``) =>
    html`<text x="${CENTRE}" y="${y}" font-size="${size}" text-anchor="middle"${fitted(text, size)}${extra}>${text}</text>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${html`<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OPEN_BADGES_V3_NAMESPACE}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="certificate-title" xml:lang="${texts.language}">
<openbadges:credential>${options.credentialJwt}</openbadges:credential>
<title id="certificate-title">${m.certificateHeading}: ${isolated(name)} – ${texts.title}</title>
<rect x="24" y="24" width="${WIDTH - 48}" height="${HEIGHT - 48}" fill="#ffffff" stroke="#1f4e5f" stroke-width="6"/>
<rect x="40" y="40" width="${WIDTH - 80}" height="${HEIGHT - 80}" fill="none" stroke="#1f4e5f" stroke-width="1.5"/>
<g font-family="Helvetica, Arial, sans-serif" fill="#1b1b1b">
${line(150, m.certificateHeading, 52, html` font-weight="bold" fill="#1f4e5f" letter-spacing="4"`)}
${line(230, m.certifies, 24)}
${line(305, isolated(name), 42, html` font-weight="bold"`)}
${line(365, m.passed, 24)}
${line(420, texts.title, 28, html` font-style="italic"`)}
${line(500, `${m.awardedOn}: ${formatDay(entry.awardedOn, texts.language)}`, 22)}
${line(540, `${m.issuer}: ${options.issuerName}`, 22)}
${line(650, `${m.code}: ${entry.code}`, 24, html` font-family="Courier New, monospace" font-weight="bold"`)}
${line(690, fill(m.verifyAt, { url: options.verifyUrl }), 18, html` fill="#1f4e5f"`)}
</g>
</svg>`}
`;
}

/** The credential baked into an SVG by certificateSvg, or undefined (for tests and tools). */
export function bakedCredential(svg: string): string | undefined {
  const match = /<openbadges:credential>([^<]*)<\/openbadges:credential>/.exec(svg);
  return match?.[1]?.trim();
}


/**
 * The public verification pages, server-rendered HTML that works without JavaScript: a form to
 * type a code, and for a code either the certificate (name, course, date awarded, status,
 * issuer) or a page saying it was not found and how to check it was typed right. Nothing else
 * about the certificate or the register is ever shown here (no e-mail address, no reason for a
 * revocation, no other entries): anyone may look.
 *
 * Every value goes through `html` (escaped); names are in <bdi> so bidi controls in them
 * cannot reorder the page. The one stylesheet is inline and allowed by its hash in the CSP.
 */
import { createHash } from 'node:crypto';
import { html, type Markup, trusted } from '../html.ts';
import { fill, formatDay, messagesFor, type RegisterLanguage, type VerificationMessages } from '../register-language.ts';

const STYLE = `
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f4f6f7}
main{max-width:38rem;margin:2rem auto;padding:1.5rem 1.75rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem;color:#1f4e5f}
.valid h1{color:#1b6b35}.revoked h1,.missing h1{color:#9c1c1c}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1.25rem;margin:1rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin-top:1rem}
.hint{margin:.25rem 0 .5rem;color:#4a4a4a;font-size:.95rem}
input{font:inherit;font-family:ui-monospace,"Cascadia Mono",Menlo,monospace;letter-spacing:.05em;padding:.5rem .6rem;border:2px solid #5a6b73;border-radius:.3rem;width:min(100%,18rem);box-sizing:border-box}
input:focus,button:focus,a:focus{outline:3px solid #f2a900;outline-offset:2px}
button{font:inherit;font-weight:600;margin-left:.5rem;padding:.5rem 1rem;border:0;border-radius:.3rem;background:#1f4e5f;color:#fff;cursor:pointer}
.error{color:#9c1c1c;font-weight:600}
a{color:#1f4e5f}
code{font-family:ui-monospace,"Cascadia Mono",Menlo,monospace}
`.trim();

/** The Content-Security-Policy of these pages: nothing but this inline style, forms only to us. */
export const VERIFY_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

export interface VerifiedCertificate {
  name: string;
  courseTitle: string;
  awardedOn: string;
  revokedOn: string | null;
  issuerName: string;
  code: string;
}

/** Pages under /verify/<code> reach the form one level up; /verify itself, beside it. */
export type PageDepth = 'form' | 'code';

function page(language: RegisterLanguage, title: string, kind: string, body: Markup): string {
  return `<!doctype html>\n${html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<main class="${kind}">
${body}
</main>
</body>
</html>`}\n`;
}

function form(m: VerificationMessages, depth: PageDepth, typed: string, error?: string): Markup {
  const action = depth === 'form' ? 'verify' : '../verify';
  return html`<form method="get" action="${action}">
<label for="code">${m.codeLabel}</label>
<p class="hint" id="code-hint">${m.codeHint}</p>
${error === undefined ? '' : html`<p class="error" id="code-error">${error}</p>`}
<input id="code" name="code" type="text" value="${typed}" maxlength="64" autocomplete="off" autocapitalize="characters" spellcheck="false" required aria-describedby="code-hint${error === undefined ? '' : ' code-error'}"${error === undefined ? '' : html` aria-invalid="true"`}>
<button type="submit">${m.check}</button>
</form>`;
}

export function formPage(language: RegisterLanguage, options: { typed?: string; error?: string } = {}): string {
  const m = messagesFor(language);
  return page(language, m.pageTitle, 'form', html`<h1>${m.pageTitle}</h1>
<p>${m.intro}</p>
${form(m, 'form', options.typed ?? '', options.error)}`);
}

export function certificatePage(language: RegisterLanguage, certificate: VerifiedCertificate): string {
  const m = messagesFor(language);
  const revoked = certificate.revokedOn !== null;
  const heading = revoked ? m.revokedHeading : m.validHeading;
  return page(language, heading, revoked ? 'revoked' : 'valid', html`<h1>${heading}</h1>
<dl>
<dt>${m.awardedTo}</dt><dd>${certificate.name === '' ? m.nameMissing : html`<bdi>${certificate.name}</bdi>`}</dd>
<dt>${m.course}</dt><dd><bdi>${certificate.courseTitle}</bdi></dd>
<dt>${m.awardedOn}</dt><dd>${formatDay(certificate.awardedOn, language)}</dd>
<dt>${m.status}</dt><dd>${revoked ? fill(m.statusRevoked, { date: formatDay(certificate.revokedOn!, language) }) : m.statusValid}</dd>
<dt>${m.issuer}</dt><dd><bdi>${certificate.issuerName}</bdi></dd>
<dt>${m.code}</dt><dd><code>${certificate.code}</code></dd>
</dl>
<p><a href="../verify">${m.checkAnother}</a></p>`);
}

/** A certificate erased at its holder's request: revoked, and nothing about the person. */
export function erasedPage(language: RegisterLanguage, erased: { code: string; erasedOn: string; issuerName: string }): string {
  const m = messagesFor(language);
  return page(language, m.revokedHeading, 'revoked', html`<h1>${m.revokedHeading}</h1>
<p>${fill(m.erased, { date: formatDay(erased.erasedOn, language) })}</p>
<dl>
<dt>${m.issuer}</dt><dd><bdi>${erased.issuerName}</bdi></dd>
<dt>${m.code}</dt><dd><code>${erased.code}</code></dd>
</dl>
<p><a href="../verify">${m.checkAnother}</a></p>`);
}

/** The code is well formed but not in the register, or not a code at all. */
export function notFoundPage(language: RegisterLanguage, typed: string, wellFormed: boolean): string {
  const m = messagesFor(language);
  return page(language, m.notFoundTitle, 'missing', html`<h1>${m.notFoundTitle}</h1>
<p>${wellFormed ? fill(m.notFound, { code: typed }) : fill(m.invalidCode, { code: typed })}</p>
<p>${m.notFoundHelp}</p>
${form(m, 'code', typed)}`);
}

export function tooManyPage(language: RegisterLanguage, seconds: number): string {
  const m = messagesFor(language);
  return page(language, m.tooManyTitle, 'missing', html`<h1>${m.tooManyTitle}</h1>
<p>${fill(m.tooMany, { seconds })}</p>`);
}

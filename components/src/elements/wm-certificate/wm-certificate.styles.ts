/**
 * The certificate on screen (a bordered card that reads like a certificate) and on paper.
 *
 * Print caveat: these `@media print` rules live in the shadow root, so they can only hide and
 * restyle what is inside <wm-certificate> (the buttons and the name field). The page around it
 * (the course header, table of contents, pager) belongs to the shell, which must hide its own
 * chrome with its own print CSS; `@page` size rules inside shadow DOM are ignored by browsers,
 * so the A4 landscape page must also be set by the document (the PDF download does not depend
 * on any of this).
 */
import { css } from 'lit';

export const certificateStyles = css`
  :host {
    display: block;
    --wm-certificate-serif: Georgia, 'Times New Roman', 'Noto Serif', serif;
  }

  .certificate {
    margin-block: 0 1.5rem;
    padding: clamp(1rem, 5vw, 3rem) clamp(0.75rem, 4vw, 3rem);
    border: 6px double var(--wm-accent);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .certificate p {
    margin-block: 0 0.75rem;
  }
  .issuer-top {
    color: var(--wm-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    font-size: 0.875rem;
  }
  .certificate h3 {
    font-family: var(--wm-certificate-serif);
    color: var(--wm-accent);
    font-size: clamp(1.5rem, 5vw, 2.25rem);
    line-height: 1.2;
    margin-block: 0.25rem 0.5rem;
  }
  .course {
    color: var(--wm-text-muted);
    font-size: 1.05rem;
  }
  .name {
    font-family: var(--wm-certificate-serif);
    font-size: clamp(1.75rem, 7vw, 2.75rem);
    font-weight: 700;
    line-height: 1.2;
    margin-block: 1.5rem 0.5rem !important;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--wm-border);
    max-inline-size: 30rem;
    margin-inline: auto;
  }
  .name.placeholder {
    color: var(--wm-text-muted);
    font-style: italic;
    font-weight: 400;
  }
  .statement {
    font-size: 1.1rem;
    max-inline-size: 40rem;
    margin-inline: auto;
  }
  .certificate h4 {
    font-size: 0.9rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--wm-text-muted);
    margin-block: 1.5rem 0.5rem;
  }
  .competences {
    list-style: none;
    padding: 0;
    margin: 0 auto;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25rem 1.25rem;
    max-inline-size: 44rem;
  }
  .competences li::before {
    content: '✓ ';
    color: var(--wm-good);
  }
  .meta {
    margin-block-start: 2rem;
    display: grid;
    gap: 0.25rem;
    font-size: 0.9375rem;
  }
  .meta p {
    margin: 0;
  }
  .code {
    color: var(--wm-text-muted);
  }
  .code-value {
    white-space: nowrap;
    letter-spacing: 0.03em;
  }

  .name-entry {
    max-inline-size: 30rem;
    margin-block: 0 1.5rem;
    display: grid;
    gap: 0.35rem;
  }
  .name-entry label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--wm-text-muted);
  }
  input {
    font: inherit;
    min-block-size: var(--wm-touch);
    inline-size: 100%;
    padding-inline: 0.75rem;
    border: 2px solid var(--wm-border);
    border-radius: var(--wm-radius);
    color: var(--wm-text);
    background: var(--wm-bg);
  }
  input[aria-invalid='true'] {
    border-color: var(--wm-bad);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .live p {
    margin-block: 1rem 0;
    font-weight: 600;
  }
  .live .ok {
    color: var(--wm-good);
  }
  .live .error {
    color: var(--wm-bad);
  }
  .live .error::before {
    content: '⚠ ';
  }

  .registered {
    margin-block-start: 2rem;
    padding: 1rem 1.25rem;
    border-inline-start: 4px solid var(--wm-accent);
    background: var(--wm-surface, transparent);
  }
  .registered h3 {
    font-size: 1.2rem;
    margin-block: 0 0.5rem;
  }
  .registered ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .registered a {
    overflow-wrap: anywhere;
  }
  .registered .error {
    color: var(--wm-bad);
    font-weight: 600;
  }

  .not-yet h3 {
    font-size: 1.2rem;
    margin-block: 0 0.5rem;
  }

  @media print {
    .actions,
    .name-entry,
    .live,
    .registered {
      display: none !important;
    }
    .certificate {
      margin: 0;
      border-color: var(--wm-accent);
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

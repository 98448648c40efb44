/**
 * The console's layout: on a laptop beside a projector, the room (join details, participants) in
 * a band at the top, the step with its buttons in the wide column and the notes beside it; on a
 * phone or with large text, everything in one column in reading order. The join code is the
 * biggest thing on the page, to read out. Vote bars grow with `--share` (0 to 1, vote-bar.ts).
 */
import { css } from 'lit';

export const consoleStyles = css`
  h1 {
    margin: 0;
    font-size: var(--wm-size-h1);
  }
  h1:focus,
  h2:focus,
  h3:focus {
    outline: none;
  }
  .back {
    font-weight: var(--wm-weight-semibold);
  }
  .page > p {
    margin: 0;
  }
  .console {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    min-inline-size: 0;
  }
  /* Panels side by side share a height; their content stays at the top rather than spread out. */
  .panel {
    align-content: start;
  }
  .room,
  .run {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    align-content: start;
    min-inline-size: 0;
  }
  @media (min-width: 64rem) {
    .console {
      grid-template-columns: minmax(0, 2.2fr) minmax(16rem, 1fr);
    }
    .room {
      grid-column: 1 / -1;
      grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
    }
  }
  .connection {
    margin: 0;
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
  }
  .connection.reconnecting,
  .connection.closed {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--wm-warn);
    border-radius: var(--wm-radius);
    background: var(--wm-warn-bg);
    color: var(--wm-text);
    font-size: var(--wm-size-body);
  }
  .join-body {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 1.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .join-text {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .join-text p {
    margin: 0;
  }
  .label {
    display: block;
    color: var(--wm-text-muted);
    font-size: var(--wm-size-small);
  }
  .join-code {
    display: block;
    font-family: var(--wm-font-mono);
    font-size: var(--wm-size-display);
    font-weight: var(--wm-weight-bold);
    letter-spacing: 0.08em;
    overflow-wrap: anywhere;
  }
  .join-url code {
    overflow-wrap: anywhere;
  }
  .qr {
    flex: none;
    inline-size: 10rem;
    block-size: 10rem;
    max-inline-size: 100%;
    padding: 0.5rem;
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
    /* Not a token on purpose: a QR code scans as dark on light, in dark mode too. */
    background: white;
  }
  .participant-count {
    margin: 0;
  }
  .names {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .names li {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--wm-border-subtle);
    border-radius: 999px;
    background: var(--wm-surface);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .names .name {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .names li.has-voted {
    border-color: var(--wm-good);
  }
  .phase {
    margin: 0;
    color: var(--wm-text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
  }
  .actions .end {
    margin-inline-start: auto;
  }
  .failure .notice {
    display: block;
  }
  .prompt {
    margin: 0;
    font-size: var(--wm-size-large);
    font-weight: var(--wm-weight-semibold);
    max-inline-size: 70ch;
  }
  .lines {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    max-inline-size: 70ch;
  }
  .speaker {
    font-weight: var(--wm-weight-bold);
  }
  .speaker::after {
    content: ':';
  }
  /* A grid item shows no list marker, so the list takes no room for one. */
  .answers {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .answer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35rem;
    padding: clamp(0.5rem, 2vw, 0.75rem);
    overflow-wrap: anywhere;
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
    min-inline-size: 0;
  }
  .answer.correct {
    border-color: var(--wm-good);
    border-width: 2px;
  }
  .answer > * {
    margin: 0;
    min-inline-size: 0;
  }
  .answer-text {
    font-weight: var(--wm-weight-semibold);
    overflow-wrap: anywhere;
  }
  /* A badge keeps to one line in the dashboard's tables; here none is in a table, and with
     200 % text on a phone a badge wider than its column must wrap. */
  .badge {
    white-space: normal;
  }
  .followed,
  .ending {
    grid-template-columns: minmax(0, 1fr);
  }
  .answer .follow {
    justify-self: start;
  }
  .votes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .bar {
    flex: 1 1 6rem;
    min-inline-size: 0;
    block-size: 0.75rem;
    border-radius: 999px;
    background: var(--wm-surface);
    box-shadow: inset 0 0 0 1px var(--wm-border-subtle);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--share, 0) * 100%);
    background: var(--wm-accent);
    transition: inline-size var(--wm-transition);
  }
  .vote-count {
    font-variant-numeric: tabular-nums;
  }
  .ending h3 {
    font-size: var(--wm-size-large);
  }
  .explanation {
    margin: 0;
    max-inline-size: 70ch;
  }
  .moves {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .wall {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .wall > * {
    margin: 0;
  }
  .wall-lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 1rem;
  }
  .wall-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    align-content: start;
    padding: 0.75rem;
    border-radius: var(--wm-radius);
    background: var(--wm-surface);
    min-inline-size: 0;
  }
  .wall-list > * {
    margin: 0;
  }
  .wall-list.pending {
    border-inline-start: 4px solid var(--wm-warn);
  }
  .wall-list ul {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entry {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4rem;
    padding: 0.6rem;
    border: 1px solid var(--wm-border-subtle);
    border-radius: var(--wm-radius);
    background: var(--wm-bg);
  }
  .entry-text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .notes {
    align-content: start;
  }
  .notes ul,
  .notes ol {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.35rem;
  }
  .notes li {
    overflow-wrap: anywhere;
  }
`;

/**
 * A radio or checkbox with its label as one large, bordered card: easy to hit on a phone, the
 * picked one marked by a thicker accent border (not colour alone). Used by dialogue choices and
 * quiz options.
 */
import { css } from 'lit';

export const optionCardStyles = css`
  .option-card {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-block-size: var(--wm-touch);
    padding-block: 0.6rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--wm-border);
    border-radius: var(--wm-radius);
    cursor: pointer;
    transition: background var(--wm-transition), border-color var(--wm-transition);
  }

  .option-card:hover {
    background: var(--wm-surface);
  }

  .option-card:has(input:checked) {
    border: 2px solid var(--wm-accent);
    background: var(--wm-surface);
  }

  .option-card input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    margin-block-start: 0.15rem;
    accent-color: var(--wm-accent);
  }
`;

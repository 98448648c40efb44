/** The login card: narrow and centred on a laptop, the full width of a phone. */
import { css } from 'lit';

export const loginStyles = css`
  .login {
    max-inline-size: 28rem;
    margin-inline: auto;
  }
  h1 {
    margin: 0;
    font-size: var(--wm-size-h1);
  }
  form {
    display: grid;
    gap: 1rem;
  }
  form button {
    justify-self: start;
  }
`;

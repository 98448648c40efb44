/**
 * What a coordinator's password must be, checked by the CLI (the first-start password is 24 random characters):
 * at least 12 characters (OWASP ASVS 2.1.1), not the username, and not containing a username of
 * 6 or more characters. Deliberately no composition
 * rules (NIST SP 800-63B: they make passwords worse, not stronger). Characters are counted as
 * code points, so "ü" is one.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** The reason `password` is refused, or undefined when it is acceptable. */
export function passwordProblem(username: string, password: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `the password has ${length} characters; use at least ${MIN_PASSWORD_LENGTH} (a few unrelated words are easy to type and hard to guess)`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'the password is the username; choose something else';
  if (password.toLowerCase().includes(username.toLowerCase()) && username.length >= MIN_PASSWORD_LENGTH / 2) {
    return 'the password contains the username; choose something that does not';
  }
  return undefined;
}

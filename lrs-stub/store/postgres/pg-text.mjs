/**
 * PostgreSQL text cannot hold U+0000, and xAPI strings may (an account name, a state id); SQLite
 * and the memory store keep them. So every text value goes in escaped and comes out unescaped:
 * U+0001 becomes U+0001 U+0002 and U+0000 becomes U+0001 U+0001. The code is prefix-free, so
 * distinct strings stay distinct, and it keeps byte order, so `ORDER BY id` and `stored >` compare
 * as before. Statement JSON is never changed by it: JSON.stringify writes both characters as
 * \u escapes, so the exact JSON text goes in and comes out as it was.
 *
 * Operations that build JSON in JavaScript (index keys as JSONB) escape the values first
 * (escapeText); bound parameters and result rows are handled here for every operation.
 */
const NEEDS_ESCAPE = /[\u0000\u0001]/;
const NEEDS_UNESCAPE = /\u0001/;

export const escapeText = (text) => (NEEDS_ESCAPE.test(text) ? text.replace(/[\u0000\u0001]/g, (c) => (c === '\u0000' ? '\u0001\u0001' : '\u0001\u0002')) : text);
export const unescapeText = (text) => (NEEDS_UNESCAPE.test(text) ? text.replace(/\u0001([\u0001\u0002])/g, (_, c) => (c === '\u0001' ? '\u0000' : '\u0001')) : text);

const escapeValue = (value) => (typeof value === 'string' ? escapeText(value) : Array.isArray(value) ? value.map(escapeValue) : value);

function unescapeRow(row) {
  for (const [name, value] of Object.entries(row)) if (typeof value === 'string') row[name] = unescapeText(value);
  return row;
}

/** `client` for the operations: bound text escaped on the way in, result text unescaped on the way out. */
export function textSafeClient(client) {
  return {
    async query(config) {
      const result = await client.query(typeof config === 'string' ? config : { ...config, values: config.values?.map(escapeValue) });
      result.rows?.forEach(unescapeRow);
      return result;
    },
  };
}

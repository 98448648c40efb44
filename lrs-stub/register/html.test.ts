/** The `html` template: interpolated values become text, whatever they contain. */
import { describe, expect, it } from 'vitest';
import { escapeText, html, isolated, trusted } from './html.ts';
import { XSS_CORPUS } from './xss-corpus.test-support.ts';

/** What a browser or XML parser reads back from escaped text. */
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('html', () => {
  it('escapes & < > " \' in text and attributes', () => {
    expect(String(html`<p title="${`a"b'c`}">${'<b>&</b>'}</p>`)).toBe('<p title="a&quot;b&#39;c">&lt;b&gt;&amp;&lt;/b&gt;</p>');
  });

  it.each(XSS_CORPUS)('keeps %j as text: no tag, no attribute, the same characters read back', (value) => {
    const out = String(html`<p class="${value}">${value}</p>`);
    const [, attribute, text] = /^<p class="([^"]*)">([^<]*)<\/p>$/.exec(out) ?? [];
    expect(attribute).toBeDefined();
    expect(text).toBeDefined();
    const expected = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
    expect(unescape(attribute!)).toBe(expected);
    expect(unescape(text!)).toBe(expected);
  });

  it('inserts nested html and arrays as markup, and nothing for null, undefined and false', () => {
    const items = ['<a>', 'b'].map((item) => html`<li>${item}</li>`);
    expect(String(html`<ul>${items}</ul>${null}${undefined}${false}`)).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
    expect(String(html`${trusted('<hr>')}`)).toBe('<hr>');
    expect(String(html`${0}`)).toBe('0');
  });

  it('replaces characters XML forbids, which would break an SVG, and keeps tabs, line ends and paired surrogates', () => {
    expect(escapeText('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeText('tab\tline\nend\r😀')).toBe('tab\tline\nend\r😀');
  });

  it('isolates a name so a right-to-left override inside it stops at its end', () => {
    expect(isolated('Eve \u202Egnp.exe')).toBe('\u2068Eve \u202Egnp.exe\u2069');
  });
});

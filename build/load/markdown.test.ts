import { describe, expect, it } from 'vitest';
import { compileMarkdown } from './markdown.ts';

const compile = (markdown: string) => compileMarkdown(markdown, { moduleId: 'first-weeks' });

describe('compileMarkdown', () => {
  it('shifts headings so the page\'s top level is h3', () => {
    expect(compile('# Top\n\n## Sub\n\n### Deeper\n').html).toBe('<h3>Top</h3>\n<h4>Sub</h4>\n<h5>Deeper</h5>\n');
    expect(compile('## Top\n\n#### Deep\n').html).toBe('<h3>Top</h3>\n<h5>Deep</h5>\n');
    expect(compile('#### Only\n').html).toBe('<h3>Only</h3>\n');
    expect(compile('# a\n\n###### f\n').html).toBe('<h3>a</h3>\n<h6>f</h6>\n');
  });

  it('rewrites image paths into the package\'s media folder for the module', () => {
    const { html, images } = compile('Look: ![The oven](media/oven.svg) and ![Till](../media/photos/till.jpg)\n');
    expect(html).toContain('<img src="media/first-weeks/oven.svg" alt="The oven" />');
    expect(html).toContain('<img src="media/first-weeks/photos/till.jpg" alt="Till" />');
    expect(images.map((i) => [i.media, i.offset, i.length])).toEqual([['oven.svg', 6, 27], ['photos/till.jpg', 38, 33]]);
  });

  it('removes scripts, styles, iframes and event handlers', () => {
    const html = compile(
      'Hi<script>alert(1)</script>\n\n<style>p{}</style><iframe src="https://x.org"></iframe>\n\n<p onclick="steal()" style="color:red">Text</p>\n\n![x](media/a.svg)<img src="media/first-weeks/a.svg" onerror="steal()">\n',
    ).html;
    expect(html).not.toMatch(/script|alert|style|iframe|onclick|onerror|steal/);
    expect(html).toContain('<p>Text</p>');
  });

  it('keeps safe links, makes external ones open in a new tab and drops javascript: URLs', () => {
    const html = compile('[site](https://example.org) [mail](mailto:a@example.org) [js](javascript:alert(1)) [page](other.html)\n').html;
    expect(html).toBe(
      '<p><a href="https://example.org" target="_blank" rel="noopener">site</a> <a href="mailto:a@example.org">mail</a> <a>js</a> <a href="other.html">page</a></p>\n',
    );
  });

  it('keeps lists, emphasis, tables, quotes and code', () => {
    const html = compile('- *one*\n- **two**\n\n> quote\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n`code`\n').html;
    for (const tag of ['<ul>', '<em>one</em>', '<strong>two</strong>', '<blockquote>', '<table>', '<td align="center">2</td>', '<code>code</code>']) {
      expect(html).toContain(tag);
    }
  });

  it('drops images that do not point into the module\'s media folder', () => {
    const { html, images } = compile('![Logo](https://example.org/logo.png) <img src="elsewhere.png" alt="x">\n');
    expect(html).not.toContain('<img');
    expect(images[0]).toMatchObject({ external: true, src: 'https://example.org/logo.png' });
    expect(images[0]).not.toHaveProperty('media');
  });
});

describe('compileMarkdown: what the sanitizer removes is reported', () => {
  it('names each removed tag, element, attribute and link target, at its offset', () => {
    const markdown = 'Hi <u>there</u><script>x()</script>\n\n<p onclick="x()">Text</p>\n\nSee [js](javascript:alert(1)) [ok](https://example.org) <br> <!-- a note -->\n';
    const { removed } = compile(markdown);
    expect(removed.map((r) => [r.kind, r.tag, r.dropped, markdown.slice(r.offset, r.offset + r.length)])).toEqual([
      ['tag', 'u', [], '<u>'],
      ['element', 'script', [], '<script>'],
      ['attributes', 'p', ['onclick'], '<p onclick="x()">'],
      ['link', 'a', ['javascript:alert(1)'], '[js](javascript:alert(1))'],
    ]);
  });

  it('reports nothing for Markdown and the tags pages keep', () => {
    expect(compile('# A\n\n**b** <sup>2</sup> [c](https://example.org) ![d](media/d.svg)\n\n`<script>` in code\n').removed).toEqual([]);
  });
});

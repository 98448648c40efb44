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

  it('resolves template: links only where the caller says where templates are, and opens them in a new tab', () => {
    const markdown = 'Print [the plan](template:training-plan) and [the log][log].\n\n[log]: template:check-in-log\n';
    const resolved = compileMarkdown(markdown, { moduleId: 'first-weeks', templateHref: (id) => `templates/${id}.nl.html` });
    expect(resolved.html).toBe(
      '<p>Print <a href="templates/training-plan.nl.html" target="_blank" rel="noopener">the plan</a> and <a href="templates/check-in-log.nl.html" target="_blank" rel="noopener">the log</a>.</p>\n',
    );
    expect(resolved.templateLinks).toEqual([
      { id: 'training-plan', offset: 6, length: 34 },
      { id: 'check-in-log', offset: 45, length: 14 },
    ]);
    expect(resolved.removed).toEqual([]);
    // A relative link an author writes stays in the tab; only resolved template links open a new one.
    expect(compileMarkdown('[x](templates/training-plan.nl.html)\n', { moduleId: 'first-weeks' }).html).toBe('<p><a href="templates/training-plan.nl.html">x</a></p>\n');
    const unresolved = compile('[the plan](template:training-plan)\n');
    expect(unresolved.html).toBe('<p><a>the plan</a></p>\n');
    expect(unresolved.removed.map((r) => r.kind)).toEqual(['link']);
  });

  it('gives a printable template h2 as its top level and no images', () => {
    const { html, images } = compileMarkdown('### Part\n\n#### Sub\n\n![x](media/a.svg)\n\n<h2>raw</h2>\n', { topLevel: 2 });
    expect(html).toBe('<h2>Part</h2>\n<h3>Sub</h3>\n<p></p>\n<h2>raw</h2>\n');
    expect(images).toHaveLength(1);
    // A page keeps no h2 of its own: the shell shows the page title as h2.
    expect(compile('<h2>raw</h2>\n').html).toBe('raw\n');
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

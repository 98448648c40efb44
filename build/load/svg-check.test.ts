import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSvg } from './svg-check.ts';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attrs = ''): string => `<svg ${SVG} ${XLINK}${attrs}>${inner}</svg>`;
/** `kind: found` of each problem, the shortest readable pin. */
const findings = (text: string): string[] => checkSvg(text).map((p) => `${p.kind}: ${p.found}`);

describe('checkSvg: still pictures pass', () => {
  it('passes the fixture course drawing', () => {
    const text = readFileSync(join(import.meta.dirname, '../../tests/fixtures/course/modules/first-weeks/media/bakery-floor.svg'), 'utf8');
    expect(findings(text)).toEqual([]);
  });

  it('passes what drawing programs write: declaration, DOCTYPE, comments, editor metadata, gradients, styles, embedded PNG', () => {
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg ${SVG} ${XLINK} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
     viewBox="0 0 10 10" xml:space="preserve">
  <sodipodi:namedview id="base" inkscape:zoom="2"/>
  <metadata><rdf:RDF><dc:title>Bakery &amp; till</dc:title></rdf:RDF></metadata>
  <defs>
    <style type="text/css"><![CDATA[ .a { fill: url(#g); font-family: "Open Sans"; } ]]></style>
    <linearGradient id="g"><stop offset="0" style="stop-color:#fff"/></linearGradient>
    <filter id="f"><feGaussianBlur stdDeviation="1"/></filter>
  </defs>
  <g inkscape:label="Layer 1" filter="url(#f)">
    <rect class="a" width="10" height="10" fill="url('#g')"/>
    <use xlink:href="#g" href=" #g"/>
    <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>
    <text x="1" y="5">Till &#8364; &#x263A;</text>
    <a href="#g"><circle r="1"/></a>
  </g>
</svg>
`;
    expect(findings(text)).toEqual([]);
  });
});

describe('checkSvg: anything that runs or loads is refused, with where', () => {
  it.each([
    ['a script element', svg('<script>alert(1)</script>'), 'unsafe: a `<script>` element'],
    ['a script with the svg prefix', `<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>`, 'unsafe: a `<script>` element'],
    ['an upper-case SCRIPT', svg('<SCRIPT>alert(1)</SCRIPT>'), 'unsafe: an element `<SCRIPT>` that a still picture does not need'],
    ['an event handler on the root', svg('', ' onload="alert(1)"'), 'unsafe: an event handler attribute `onload`'],
    ['an event handler in any case', svg('<rect ONCLICK="x()"/>'), 'unsafe: an event handler attribute `ONCLICK`'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect/></a>'), 'unsafe: a link to `javascript:alert(1)`'],
    ['a javascript: link hidden in character references', svg('<a xlink:href="&#106;avascript:alert(1)"><rect/></a>'), 'unsafe: a link to `javascript:alert(1)`'],
    ['a foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'unsafe: a `<foreignObject>` element', 'unsafe: an element `<div>` from another vocabulary (http://www.w3.org/1999/xhtml)'],
    ['an XHTML script through a prefix', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), 'unsafe: an element `<h:script>` from another vocabulary (http://www.w3.org/1999/xhtml)'],
    ['an XHTML element through a new default namespace', svg('<g xmlns="http://www.w3.org/1999/xhtml"><iframe src="x"/></g>'), 'unsafe: an element `<g>` from another vocabulary (http://www.w3.org/1999/xhtml)', 'unsafe: an element `<iframe>` from another vocabulary (http://www.w3.org/1999/xhtml)'],
    ['a set that rewrites a link', svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'), 'unsafe: a `<set>` element'],
    ['an animation', svg('<animate attributeName="href" values="javascript:alert(1)"/>'), 'unsafe: an `<animate>` element'],
    ['an image from the web', svg('<image href="https://tracker.example/p.png"/>'), 'unsafe: a reference to `https://tracker.example/p.png` outside this file'],
    ['a use of another file', svg('<use href="other.svg#a"/>'), 'unsafe: a reference to `other.svg#a` outside this file'],
    ['an embedded SVG', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'unsafe: a reference to `data:image/svg+xml;base64,PHN2Zz4=` outside this file'],
    ['a fill from another file', svg('<rect fill="url(https://x.example/a.svg#g)"/>'), 'unsafe: `url(https://x.example/a.svg#g)`, a reference outside this file'],
    ['CSS @import', svg('<style>@import "https://x.example/a.css";</style>'), 'unsafe: CSS with `@import`'],
    ['CSS escapes', svg('<rect style="background:\\75rl(https://x.example)"/>'), 'unsafe: CSS with a backslash escape'],
    ['CSS image-set', svg('<style>rect { fill: image-set("https://x.example/a.png" 1x) }</style>'), 'unsafe: CSS with `image-set(`'],
    ['xml:base', svg('<a xml:base="javascript:alert(1)//" href="#"><rect/></a>'), 'unsafe: the attribute `xml:base`'],
    ['an XLink link type', svg('<rect xlink:type="simple" xlink:href="#a"/>'), 'unsafe: an XLink attribute `xlink:type`'],
    ['a style sheet instruction', `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="x.xsl"?>${svg('')}`, 'unsafe: a processing instruction `<?xml-stylesheet type="text/xsl" href="…`'],
    ['entity declarations', `<!DOCTYPE svg [<!ENTITY a "aaaa">]>${svg('&a;')}`, 'unsafe: a DOCTYPE that declares entities'],
  ])('%s', (_, text, ...expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it('points at the offending tag or attribute', () => {
    const text = svg('<rect/>\n<rect onclick="x()"/>');
    const [problem] = checkSvg(text);
    expect(text.slice(problem!.offset, problem!.offset + problem!.length)).toBe('onclick="x()"');
  });
});

describe('checkSvg: what it cannot read exactly as a browser would is refused too', () => {
  it.each([
    ['an undeclared entity', svg('<text>&nbsp;</text>'), 'unreadable: it uses `&nbsp;`, which is not one of XML\'s own entities (&amp; &lt; &gt; &quot; &apos;) or a character number'],
    ['a NUL as a character reference', svg('<text>&#0;</text>'), 'unreadable: it uses `&#0;`, which is not one of XML\'s own entities (&amp; &lt; &gt; &quot; &apos;) or a character number'],
    ['another declared encoding', `<?xml version="1.0" encoding="ISO-8859-1"?>${svg('')}`, 'unreadable: the XML declaration says the file is ISO-8859-1, but it is UTF-8'],
    ['a tag never closed', `<svg ${SVG}><g>`, 'unreadable: the element `<g>` is never closed'],
    ['crossed tags', svg('<g><a href="#x"></g></a>'), 'unreadable: `</g>` comes before `<a>` is closed'],
    ['an unquoted value', svg('<rect width=10/>'), 'unreadable: the value of `width` is not in quotes'],
    ['an attribute twice', svg('<rect x="1" x="2"/>'), 'unreadable: the attribute `x` appears twice'],
    ['no namespace', '<svg><rect/></svg>', 'unreadable: its `<svg>` element has no `xmlns="http://www.w3.org/2000/svg"`, and without it browsers do not show the file as a picture'],
    ['an HTML page', '<!doctype html><html><script>alert(1)</script></html>', 'unreadable: it has markup starting with `<!` that is not a comment, CDATA or an SVG DOCTYPE'],
    ['a second root', `${svg('')}<svg ${SVG}/>`, 'unreadable: another element follows the `<svg>` element'],
    ['an undeclared prefix', svg('<x:rect/>'), 'unreadable: the prefix `x:` of `<x:rect>` is not declared'],
  ])('%s', (_, text, finding) => {
    expect(findings(text)).toEqual([finding]);
  });
});

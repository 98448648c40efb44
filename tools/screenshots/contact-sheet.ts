/**
 * The contact sheet of a screenshot run: one `index.html` beside the PNGs, a section per screen
 * with every language, theme and width side by side, and what the run found on that screen
 * (not reached, axe violations, sideways scrolling, page errors), so a designer looks at all of
 * it in one place. Plain HTML and CSS, no script; images load lazily.
 */
export interface ShotResult {
  screen: string;
  title: string;
  locale: string;
  theme: string;
  width: number;
  /** Path of the PNG, relative to the sheet. */
  file: string;
  overflow: number;
}

export interface ScreenReport {
  screen: string;
  title: string;
  locale: string;
  reached: boolean;
  problems: string[];
}

const esc = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function contactSheet(shots: ShotResult[], reports: ScreenReport[], summary: string): string {
  const names = [...new Set(shots.map((s) => s.screen))];
  const sections = names.map((name) => {
    const mine = shots.filter((s) => s.screen === name);
    const title = mine[0]!.title;
    const locales = [...new Set(mine.map((s) => s.locale))];
    const rows = locales.map((locale) => {
      const report = reports.find((r) => r.screen === name && r.locale === locale);
      const notes = [...(report && !report.reached ? ['NOT REACHED: the player showed another screen'] : []), ...(report?.problems ?? [])];
      const cells = mine
        .filter((s) => s.locale === locale)
        .map(
          (s) => `<figure class="w${s.width}"><a href="${esc(s.file)}"><img loading="lazy" src="${esc(s.file)}" alt="${esc(`${name} ${locale} ${s.theme} ${s.width}`)}"></a>
          <figcaption>${locale} · ${s.theme} · ${s.width}${s.overflow ? ` · <b>scrolls sideways ${s.overflow}px</b>` : ''}</figcaption></figure>`,
        )
        .join('');
      return `<div class="row">${cells}</div>${notes.length ? `<ul class="notes">${notes.map((n) => `<li>${locale}: ${esc(n)}</li>`).join('')}</ul>` : ''}`;
    });
    return `<section id="${esc(name)}"><h2>${esc(name)} <small>${esc(title)}</small></h2>${rows.join('')}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>WORKMENTOR screenshots</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; background: #f4f4f4; color: #111; }
  nav a { margin-inline-end: .75rem; white-space: nowrap; }
  section { background: #fff; margin: 1.5rem 0; padding: 1rem; border-radius: 8px; }
  h2 small { font-weight: normal; color: #555; }
  .row { display: flex; gap: 12px; align-items: flex-start; overflow-x: auto; padding-block: .5rem; }
  figure { margin: 0; flex: none; }
  figure img { display: block; border: 1px solid #ccc; max-height: 560px; width: auto; }
  figure.w360 img { width: 180px; height: auto; max-height: none; }
  figure.w1280 img { width: 400px; height: auto; max-height: none; }
  figcaption { color: #555; font-size: 12px; }
  .notes { color: #a00; margin: 0 0 .5rem; }
  pre { white-space: pre-wrap; background: #fff; padding: 1rem; border-radius: 8px; }
</style></head>
<body>
<h1>WORKMENTOR: every screen, 360 × 740 and 1280 × 800, light and dark</h1>
<pre>${esc(summary)}</pre>
<nav>${names.map((n) => `<a href="#${esc(n)}">${esc(n)}</a>`).join(' ')}</nav>
${sections.join('\n')}
</body></html>
`;
}

/**
 * The school's brand in the launch page: course.yaml's `theme:`, checked by the loader
 * (build/load/check-theme.ts), written as the public `--wm-theme-*` custom properties on `:root`
 * (docs/theming.md). An inline style costs no request, and every element reads the properties
 * through inheritance (components/src/styles/tokens.ts). Nothing is written without a theme.
 */
import { FONT_STACK } from '../../components/src/styles/palette.ts';
import type { PackageTheme } from '../load/check-theme.ts';

export function themeProperties(theme: PackageTheme | undefined): [string, string][] {
  if (!theme) return [];
  const properties: [string, string][] = [];
  const colour = (name: string, value: string | undefined): void => {
    if (value) properties.push([name, value]);
  };
  colour('--wm-theme-accent', theme.accent);
  colour('--wm-theme-accent-text', theme.accentText);
  colour('--wm-theme-accent-dark', theme.accentDark);
  colour('--wm-theme-accent-text-dark', theme.accentTextDark);
  if (theme.logo) {
    properties.push(['--wm-theme-logo', cssUrl(theme.logo.path)], ['--wm-theme-logo-ratio', String(theme.logo.ratio)]);
  }
  if (theme.logoDark) properties.push(['--wm-theme-logo-dark', cssUrl(theme.logoDark.path)]);
  // The device's own font: setting the font also tells the player not to load the web font.
  if (theme.font === 'system') properties.push(['--wm-theme-font', FONT_STACK]);
  if (theme.radius !== undefined) properties.push(['--wm-theme-radius', `${theme.radius}px`]);
  return properties;
}

/** `<style id="wm-theme">…</style>` for the launch page's head, or nothing. */
export function themeStyle(theme: PackageTheme | undefined): string {
  const properties = themeProperties(theme);
  if (properties.length === 0) return '';
  return `<style id="wm-theme">:root{${properties.map(([name, value]) => `${name}:${value}`).join(';')}}</style>`;
}

/** A package path as a CSS url(): percent-encoded, so no file name can end the string or the style element. */
const cssUrl = (path: string): string => `url("${encodeURI(path).replace(/["'()\\]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}")`;

/** What the CLI prints: step progress while building and a closing table of packages, guides and sizes. */
import path from 'node:path';
import type { BuiltGuide, BuiltPackage, BuiltTemplate } from './context.ts';

export const formatBytes = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * One row per package: its size, its size without the official schema files, and its file count;
 * then one row per facilitator guide (target `guide`), a single HTML file, and one per locale for
 * the printable templates beside the guides (target `templates`).
 */
export function packageTable(
  { packages, guides = [], templates = [] }: { packages: readonly BuiltPackage[]; guides?: readonly BuiltGuide[]; templates?: readonly BuiltTemplate[] },
  outDir: string,
  cwd = process.cwd(),
): string {
  const rows = [
    ...packages.map((p) => [
      p.target,
      path.relative(cwd, path.join(outDir, p.fileName)),
      formatBytes(p.zip.length),
      p.schemaPaths.length ? formatBytes(p.zipBytesWithoutSchemas) : '-',
      String(p.files.size),
    ]),
    ...guides.map((g) => ['guide', path.relative(cwd, path.join(outDir, g.fileName)), formatBytes(g.html.length), '-', '1']),
    ...[...new Set(templates.map((t) => t.locale))].map((locale) => {
      const mine = templates.filter((t) => t.locale === locale);
      const bytes = mine.reduce((sum, t) => sum + t.html.length, 0);
      return ['templates', path.relative(cwd, path.join(outDir, 'templates', `*.${locale}.html`)), formatBytes(bytes), '-', String(mine.length)];
    }),
  ];
  const header = ['target', 'package', 'size', 'without schemas', 'files'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

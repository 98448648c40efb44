/** The analyzer's command line, which it ships without types; its tests run it in memory (`noWrite`). */
declare module '@custom-elements-manifest/analyzer/cli.js' {
  import type { Package } from 'custom-elements-manifest/schema';

  /** Runs `cem <argv>` in `cwd` with the config found there; returns the manifest, and writes it unless `noWrite`. */
  export function cli(options?: { argv?: string[]; cwd?: string; noWrite?: boolean }): Promise<Package>;
}

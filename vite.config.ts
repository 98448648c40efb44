/**
 * Vite builds the course player (components/) into plain files for a package. Fixed output
 * names (no content hashes): LMS packages are versioned as a whole, and identical sources must
 * give identical zips. `__WM_ADAPTER__` (offline, scorm12, scorm2004, xapi, cmi5) is set by the
 * build step per target, one bundle each, so a player carries only its own tracking code
 * (components/src/app/create-tracker.ts); `offline` here, for a plain `vite build` or dev server.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./components', import.meta.url)),
  base: './',
  define: { __WM_ADAPTER__: JSON.stringify('offline') },
  esbuild: { legalComments: 'none' },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/player', import.meta.url)),
    emptyOutDir: true,
    // Leaf elements are chunks loaded on demand (wm-course/activity-elements.ts) that import
    // small shared chunks; preloading those beside the element's own chunk saves a round trip
    // on a slow connection. No polyfill (it would sit in app.js): a browser without modulepreload
    // falls back to a plain preload or fetches the chunks one after the other, as before.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    assetsInlineLimit: 0,
    // The PDF chunk (pdf-lib with fontkit's shaping and subsetting, some 1.2 MB) loads only when
    // a learner asks for a certificate or a portfolio, never at launch; what the launch costs is
    // measured by npm run bench, so Vite's generic size warning only hid real output.
    chunkSizeWarningLimit: 1300,
    rolldownOptions: {
      // Schemas in shared modules (progress, learner events) are built with zod/mini at module
      // level; the player only needs their types, so their construction must not keep zod in.
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        // Everything the first screen needs in one chunk beside the entry (the entry and its page
        // stay app.js): the shell's static imports came as some fifteen small chunks, and on a
        // phone connection with six connections per host and 150 ms a round trip that is two more
        // rounds before the first screen, and 3 KB more gzip than one file. Chunks loaded on
        // demand (leaf elements, languages, the resume codec) still share what they share.
        codeSplitting: { groups: [{ name: 'launch', tags: ['$initial'], test: (id) => !/[\\/]components[\\/](index\.html|src[\\/]app[\\/]main\.ts)$/.test(id) }] },
        entryFileNames: 'app.js',
        chunkFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});

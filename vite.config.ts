/**
 * Vite builds the course player (components/) into plain files for a package. Fixed output
 * names (no content hashes): LMS packages are versioned as a whole, and identical sources must
 * give identical zips. `__WM_ADAPTER__` is set by the build step per target; `offline` by default.
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
    modulePreload: false,
    reportCompressedSize: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Schemas in shared modules (progress, learner events) are built with zod/mini at module
      // level; the player only needs their types, so their construction must not keep zod in.
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        entryFileNames: 'app.js',
        chunkFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});

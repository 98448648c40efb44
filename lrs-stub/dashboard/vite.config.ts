/**
 * Vite builds the coordinators' dashboard (client/) into dist/dashboard/: index.html, live.html
 * (the live sessions' phone and projector screens: an entry of its own, so a phone in the room
 * downloads none of the dashboard) and content-hashed files under assets/, which
 * serve-dashboard.ts sends with a year-long cache (a new build has new names). Served under
 * /dashboard/, so `base` makes every asset URL absolute: the same index.html works at
 * /dashboard/items and at /register, and live.html at /live and /live/room/<id>. No module-preload
 * polyfill, which would be an inline script the Content-Security-Policy refuses.
 *
 *   npm run build:dashboard   (also run before `npm run lrs`, as prelrs)
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { DASHBOARD_DIST } from './dashboard-dist.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  base: '/dashboard/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: DASHBOARD_DIST,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        live: fileURLToPath(new URL('./client/live.html', import.meta.url)),
      },
    },
  },
});

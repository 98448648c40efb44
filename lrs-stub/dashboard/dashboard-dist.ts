/**
 * Where the dashboard's build goes and the LRS serves it from: dist/dashboard/ at the top of
 * the project. Its own module, so the server learns the folder without importing Vite.
 */
import { fileURLToPath } from 'node:url';

export const DASHBOARD_DIST = fileURLToPath(new URL('../../dist/dashboard', import.meta.url));

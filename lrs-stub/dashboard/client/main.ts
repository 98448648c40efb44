/**
 * The dashboard's entry: the reader's language first (stored choice, else the browser's),
 * so the first screen is already in it, then the app, which asks the server who is signed in.
 * No inline script anywhere: the server's Content-Security-Policy allows only these files.
 */
import './dashboard.css';
import './elements/wm-dashboard-app/wm-dashboard-app.ts';
import { preferredLanguage } from './app/preferences.ts';
import { setDashboardLanguage } from './i18n/dashboard-i18n.ts';

const language = preferredLanguage();
await setDashboardLanguage(language);
document.documentElement.lang = language;
document.body.append(document.createElement('wm-dashboard-app'));

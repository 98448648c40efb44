/**
 * The live pages' entry (live.html): a participant's phone at /live, the projector at
 * /live/room/<sessionId>. The browser's language first, so the first screen is already in it
 * (each screen switches to the session's language when its first view arrives), then the
 * screen for the address, each loaded on its own so a phone does not download the projector's
 * screen. Nothing of the dashboard's app, i18n or charts is imported. No inline script: the page's Content-Security-Policy
 * allows only these files.
 */
import './live-page.css';
import { browserLiveLocale, liveI18n, setLiveLanguage } from './i18n/live-i18n.ts';
import { connectLive } from './live-connection.ts';
import { liveRouteOf } from './live-route.ts';

liveI18n.on('languageChanged', (language) => (document.documentElement.lang = language));
await setLiveLanguage(browserLiveLocale());
document.documentElement.lang = liveI18n.language;

const route = liveRouteOf(location);
if (route.screen === 'room') {
  await import('./room/wm-live-room/wm-live-room.ts');
  const room = document.createElement('wm-live-room');
  room.sessionId = route.sessionId;
  room.connection = connectLive(route.sessionId, { type: 'hello', role: 'room' });
  document.body.append(room);
} else {
  await import('./phone/wm-live-phone/wm-live-phone.ts');
  const phone = document.createElement('wm-live-phone');
  phone.code = route.code;
  document.body.append(phone);
}

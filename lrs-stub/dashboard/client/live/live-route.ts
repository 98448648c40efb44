/**
 * Which live screen an address is: `/live` (and `/live?code=KMP7RX` from a QR code) is a
 * participant's phone, `/live/room/<sessionId>` the projector. The server sends the same page
 * for both (serve-dashboard.ts); the entry reads the address to pick the element.
 */
import { JOIN_PATH } from '../../../live/live-protocol.ts';

export type LiveRoute = { screen: 'phone'; code: string } | { screen: 'room'; sessionId: string };

const ROOM = new RegExp(`^${JOIN_PATH}/room/([^/]+)/?$`);

export function liveRouteOf(url: Pick<URL, 'pathname' | 'search'>): LiveRoute {
  const room = ROOM.exec(url.pathname);
  if (room) {
    try {
      return { screen: 'room', sessionId: decodeURIComponent(room[1]!) };
    } catch {
      // A broken escape is no session id; the phone's join form is the useful answer.
    }
  }
  return { screen: 'phone', code: new URLSearchParams(url.search).get('code') ?? '' };
}

/** Where the projector screen of a session is. */
export const roomPath = (sessionId: string): string => `${JOIN_PATH}/room/${encodeURIComponent(sessionId)}`;

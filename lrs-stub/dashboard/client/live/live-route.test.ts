import { describe, expect, it } from 'vitest';
import { liveRouteOf, roomPath } from './live-route.ts';

const at = (address: string) => liveRouteOf(new URL(address, 'https://lrs.example.org'));

describe('liveRouteOf', () => {
  it('is a phone at /live, with the code from the QR code when there is one', () => {
    expect(at('/live')).toEqual({ screen: 'phone', code: '' });
    expect(at('/live/')).toEqual({ screen: 'phone', code: '' });
    expect(at('/live?code=KMP7RX')).toEqual({ screen: 'phone', code: 'KMP7RX' });
  });

  it('is the projector at /live/room/<sessionId>, the id decoded', () => {
    expect(at('/live/room/3f2c9a1e-5b7d')).toEqual({ screen: 'room', sessionId: '3f2c9a1e-5b7d' });
    expect(at(roomPath('a b/c'))).toEqual({ screen: 'room', sessionId: 'a b/c' });
  });

  it('falls back to the join form for an id that does not decode', () => {
    expect(at('/live/room/%E0%A4%A')).toEqual({ screen: 'phone', code: '' });
  });
});

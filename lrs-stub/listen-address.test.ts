/** The address printed at start-up is the one bound, and says what it reaches. */
import { describe, expect, it } from 'vitest';
import { describeListening } from './listen-address.ts';

const lan = (ipv6: boolean) => (ipv6 ? ['192.168.1.20', 'fd00::2'] : ['192.168.1.20']);

describe('describeListening', () => {
  it('shows 0.0.0.0 as it is, says all interfaces, and names the addresses others can use', () => {
    const described = describeListening({ address: '0.0.0.0', family: 'IPv4', port: 8787 }, lan);
    expect(described.url).toBe('http://0.0.0.0:8787');
    expect(described.scope).toContain('all IPv4 interfaces');
    expect(described.scope).toContain('http://127.0.0.1:8787');
    expect(described.scope).toContain('http://192.168.1.20:8787');
  });

  it('brackets IPv6 addresses, :: included', () => {
    const described = describeListening({ address: '::', family: 'IPv6', port: 9000 }, lan);
    expect(described.url).toBe('http://[::]:9000');
    expect(described.scope).toContain('all IPv4 and IPv6 interfaces');
    expect(described.scope).toContain('http://[fd00::2]:9000');
  });

  it('says loopback reaches this machine only, and a LAN address its network', () => {
    expect(describeListening({ address: '127.0.0.1', family: 'IPv4', port: 41234 }, lan)).toEqual({ url: 'http://127.0.0.1:41234', scope: 'this machine only' });
    expect(describeListening({ address: '192.168.1.20', family: 'IPv4', port: 8787 }, lan).scope).toContain('reachable from its network');
  });
});

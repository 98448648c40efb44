/**
 * What main.ts prints once listening: the address actually bound, as it is. fastify's
 * listen() answers "http://127.0.0.1:8787" for a server bound to 0.0.0.0, so a school that
 * exposed the LRS to its network was told it listened on loopback only. This prints the bound
 * host and the real port (PORT=0 picks one), says when that means every interface, and lists
 * the addresses other machines can use.
 */
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

export interface ListenDescription {
  /** The bound address as a URL, e.g. http://0.0.0.0:8787 or http://[::]:8787. */
  url: string;
  /** What that reaches, in words. */
  scope: string;
}

const urlOf = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** Non-internal addresses of this machine's interfaces, IPv4 only unless `ipv6`. */
function externalAddresses(ipv6: boolean): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => !a.internal && (a.family === 'IPv4' || (ipv6 && !a.address.startsWith('fe80:'))))
    .map((a) => a.address);
}

export function describeListening(address: AddressInfo, others: (ipv6: boolean) => string[] = externalAddresses): ListenDescription {
  const url = urlOf(address.address, address.port);
  const all = address.address === '0.0.0.0' || address.address === '::';
  if (all) {
    const v6 = address.address === '::';
    const reachable = others(v6).map((host) => urlOf(host, address.port));
    const from = reachable.length > 0 ? `, from other machines ${reachable.join(' or ')}` : '';
    return { url, scope: `all ${v6 ? 'IPv4 and IPv6' : 'IPv4'} interfaces: from this machine ${urlOf(v6 ? '::1' : '127.0.0.1', address.port)}${from}` };
  }
  const loopback = address.address === '::1' || address.address.startsWith('127.');
  return { url, scope: loopback ? 'this machine only' : 'this interface: reachable from its network' };
}

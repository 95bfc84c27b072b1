/**
 * Who is on the other end of a request, as far as the server can know it: the client's address
 * (for rate limits and login back-off) and whether the request reached us over HTTPS (for the
 * cookies' Secure flag and HSTS).
 *
 * Behind a reverse proxy the socket's peer is the proxy. `TRUST_PROXY` names the proxies
 * (addresses or CIDR ranges, or `loopback`) whose `X-Forwarded-For` / `X-Forwarded-Proto` are
 * believed; anyone else could write those headers, so for anyone else they are ignored.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import type { AppEnv } from './env';

const proxyLists = new Map<string, BlockList>();

/** The `TRUST_PROXY` setting as a BlockList (parsed once per distinct setting). */
export function trustedProxies(setting: string): BlockList {
  let list = proxyLists.get(setting);
  if (!list) {
    list = new BlockList();
    for (const entry of setting
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (entry === 'loopback') {
        list.addSubnet('127.0.0.0', 8, 'ipv4');
        list.addAddress('::1', 'ipv6');
        continue;
      }
      const [address = '', bits] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) list.addAddress(address, family);
      else list.addSubnet(address, Number(bits), family);
    }
    proxyLists.set(setting, list);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 peer seen through an IPv6 socket (::ffff:127.0.0.1) is checked as IPv4 too.
  const mapped = address.startsWith('::ffff:') ? address.slice(7) : null;
  return list.check(address, family === 6 ? 'ipv6' : 'ipv4') || (mapped !== null && isIP(mapped) === 4 && list.check(mapped, 'ipv4'));
}

/**
 * The peer's address: on Node, the socket @hono/node-server hands the app as `env.incoming`; on
 * Workers, `env.peer`, which src/worker.ts takes from Cloudflare's own CF-Connecting-IP.
 */
function socketPeer(c: Context<AppEnv>): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } }; peer?: string } | undefined;
  return env?.peer ?? env?.incoming?.socket?.remoteAddress ?? undefined; // undefined: in-process requests (tests)
}

/**
 * The client's address: the socket's peer, or — when that peer is a trusted proxy — the last
 * address in `X-Forwarded-For` that is not itself a trusted proxy (the right-most entries are the
 * ones our own proxies wrote; the left-most could be anything the client sent).
 */
export function clientAddress(c: Context<AppEnv>): string {
  const peer = socketPeer(c);
  const setting = c.get('deps').config.TRUST_PROXY;
  if (!peer) return 'local';
  if (!setting) return peer;
  const proxies = trustedProxies(setting);
  if (!isTrusted(proxies, peer)) return peer;
  const hops = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => isIP(s) !== 0);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    if (!isTrusted(proxies, hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? peer;
}

/**
 * Did the request reach us over HTTPS? `PUBLIC_BASE_URL` on https says so for every request
 * (the deployment is served over TLS, terminated in front of us); else a trusted proxy's
 * `X-Forwarded-Proto`; else the URL the server saw.
 */
export function requestIsHttps(c: Context<AppEnv>): boolean {
  const { PUBLIC_BASE_URL, TRUST_PROXY } = c.get('deps').config;
  if (PUBLIC_BASE_URL.startsWith('https://')) return true;
  const peer = socketPeer(c);
  if (TRUST_PROXY && peer && isTrusted(trustedProxies(TRUST_PROXY), peer)) {
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return c.req.url.startsWith('https:'); // no URL parse on every response
}

import { BlockList, isIPv6 } from 'node:net'

import { env, readEnv } from '../config/env'

// The per-network limits on the forms (src/takedown/rateLimit.ts) count the right-most
// X-Forwarded-For entry: the address a front server (nginx, a load balancer) saw. A visitor
// talking to this server directly could write that header themselves and pick a new "network"
// per request, so it is believed only from peers that may be such a front server.

export type TrustProxy = 'private' | 'all' | 'none'

/** TRUST_PROXY: `private` (default: loopback, private and link-local peers), `all` or `none`. */
export function trustProxySetting(value?: string): TrustProxy {
  return (value === undefined ? env() : readEnv({ TRUST_PROXY: value })).TRUST_PROXY
}

const privatePeers = new BlockList()
for (const [network, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
] as const) {
  privatePeers.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  privatePeers.addSubnet(network, prefix, 'ipv6')

/** Whether a peer may speak for the client in X-Forwarded-For under the setting. */
export function trustsPeer(peer: string | undefined, setting: TrustProxy): boolean {
  if (!peer || setting === 'none') return false
  if (setting === 'all') return true
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(peer) // an IPv4 client on a dual-stack socket
  if (mapped) return privatePeers.check(mapped[1], 'ipv4')
  return privatePeers.check(peer, isIPv6(peer) ? 'ipv6' : 'ipv4')
}

/**
 * Sets the request's forwarding headers for what follows: left as they are when the peer is
 * trusted, otherwise replaced by the peer's own address, whatever the client sent.
 */
export function pinClientAddress(
  headers: Record<string, string | string[] | undefined>,
  peer: string | undefined,
  setting: TrustProxy,
): void {
  if (trustsPeer(peer, setting)) return
  delete headers['x-real-ip']
  if (peer) headers['x-forwarded-for'] = peer
  else delete headers['x-forwarded-for']
}

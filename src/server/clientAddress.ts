import { BlockList, isIPv6 } from 'node:net'

import { env, readEnv, type TrustProxy } from '../config/env'

// The per-network limits on the forms (src/takedown/rateLimit.ts) count the right-most
// X-Forwarded-For entry: the address a front server (nginx, a load balancer) saw. A visitor
// talking to this server directly could write that header themselves and pick a new "network"
// per request, so it is believed only from peers that may be such a front server.

export type { TrustProxy }

/**
 * TRUST_PROXY: `loopback` (default: a front server on this machine), `private` (also private
 * and link-local networks: a LAN, Docker's proxy or Kubernetes SNAT could then pick their own
 * bucket), `all`, `none`, or a list of networks.
 */
export function trustProxySetting(value?: string): TrustProxy {
  return (value === undefined ? env() : readEnv({ TRUST_PROXY: value })).TRUST_PROXY
}

const loopbackPeers = new BlockList()
loopbackPeers.addSubnet('127.0.0.0', 8, 'ipv4')
loopbackPeers.addAddress('::1', 'ipv6')

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
  const peers = setting === 'loopback' ? loopbackPeers : setting === 'private' ? privatePeers : listed(setting)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(peer) // an IPv4 client on a dual-stack socket
  if (mapped) return peers.check(mapped[1], 'ipv4')
  return peers.check(peer, isIPv6(peer) ? 'ipv6' : 'ipv4')
}

const lists = new Map<string, BlockList>()

/** The networks of a TRUST_PROXY list (checked in src/config/env.ts), built once per list. */
function listed(networks: string[]): BlockList {
  const id = networks.join(',')
  let list = lists.get(id)
  if (!list) {
    list = new BlockList()
    for (const network of networks) {
      const [address, prefix] = network.split('/')
      const family = isIPv6(address) ? 'ipv6' : 'ipv4'
      list.addSubnet(address, prefix === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefix), family)
    }
    lists.set(id, list)
  }
  return list
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

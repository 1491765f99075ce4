import { describe, expect, it } from 'vitest'

import { pinClientAddress, trustProxySetting, trustsPeer } from '../../src/server/clientAddress'
import { clientIp, limitNetwork } from '../../src/takedown/rateLimit'

/** What the rate limits would count for a request with these headers from this peer. */
function countedAs(sent: Record<string, string>, peer: string | undefined, setting = trustProxySetting(undefined)) {
  const headers: Record<string, string | string[] | undefined> = { ...sent }
  pinClientAddress(headers, peer, setting)
  return clientIp(new Headers(headers as Record<string, string>))
}

describe('client address behind or without a front server', () => {
  it('believes a front server on this machine only, by default', () => {
    expect(countedAs({ 'x-forwarded-for': 'spoofed, 203.0.113.7' }, '127.0.0.1')).toBe('203.0.113.7')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '::1')).toBe('203.0.113.7')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '::ffff:127.0.0.1')).toBe('203.0.113.7')
    // Outside probe (issue 19): a LAN, Docker's userland proxy or Kubernetes SNAT peer used to be
    // believed by default and could choose its own rate-limit bucket.
    for (const peer of ['::ffff:10.1.2.3', '192.168.1.5', '172.17.0.1', 'fd12::8'])
      expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, peer)).toBe(peer)
  })

  it('does not let a visitor who reaches the server directly choose their own address', () => {
    for (const peer of ['198.51.100.20', '::ffff:198.51.100.20', '2001:db8::20']) {
      expect(countedAs({ 'x-forwarded-for': '10.9.9.9' }, peer)).toBe(peer)
      expect(countedAs({ 'x-real-ip': '10.9.9.9' }, peer)).toBe(peer)
      expect(countedAs({}, peer)).toBe(peer)
    }
  })

  it('believes private networks when told (TRUST_PROXY=private)', () => {
    const setting = trustProxySetting('private')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '::ffff:10.1.2.3', setting)).toBe('203.0.113.7')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, 'fd12::8', setting)).toBe('203.0.113.7')
    // 172.32.x is public (the private block is 172.16–31).
    expect(trustsPeer('172.32.0.1', setting)).toBe(false)
    expect(trustsPeer('172.31.255.1', setting)).toBe(true)
  })

  it('believes exactly the networks listed', () => {
    const setting = trustProxySetting('10.0.3.0/24, fd00:1::/64 192.0.2.9')
    expect(trustsPeer('10.0.3.77', setting)).toBe(true)
    expect(trustsPeer('10.0.4.1', setting)).toBe(false)
    expect(trustsPeer('fd00:1::5', setting)).toBe(true)
    expect(trustsPeer('192.0.2.9', setting)).toBe(true)
    expect(trustsPeer('127.0.0.1', setting)).toBe(false)
    expect(() => trustProxySetting('10.0.3.0/33')).toThrow(/TRUST_PROXY must be loopback, private, all, none or a list/)
  })

  it('follows TRUST_PROXY: all peers, or none', () => {
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '198.51.100.20', trustProxySetting('all'))).toBe(
      '203.0.113.7',
    )
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '127.0.0.1', trustProxySetting('none'))).toBe('127.0.0.1')
    expect(trustProxySetting(' Private ')).toBe('private')
    expect(() => trustProxySetting('yes')).toThrow(/TRUST_PROXY must be loopback, private, all, none/)
  })
})

describe('the network a limit counts', () => {
  it('is an IPv4 address itself, and an IPv6 address by its /64', () => {
    expect(limitNetwork('203.0.113.7')).toBe('203.0.113.7')
    expect(limitNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(limitNetwork('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64')
    expect(limitNetwork('2001:db8:aa:bb::99')).toBe('2001:db8:aa:bb::/64')
    expect(limitNetwork('2001:0db8:00aa:00bb:ffff::1')).toBe('2001:db8:aa:bb::/64')
    expect(limitNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(limitNetwork('::1')).toBe('0:0:0:0::/64')
  })
})

import { describe, expect, it } from 'vitest'

import { pinClientAddress, trustProxySetting, trustsPeer } from '../../src/server/clientAddress'
import { clientIp } from '../../src/takedown/rateLimit'

/** What the rate limits would count for a request with these headers from this peer. */
function countedAs(sent: Record<string, string>, peer: string | undefined, setting = trustProxySetting(undefined)) {
  const headers: Record<string, string | string[] | undefined> = { ...sent }
  pinClientAddress(headers, peer, setting)
  return clientIp(new Headers(headers as Record<string, string>))
}

describe('client address behind or without a front server', () => {
  it('believes a front server on this machine or the private network (the default)', () => {
    expect(countedAs({ 'x-forwarded-for': 'spoofed, 203.0.113.7' }, '127.0.0.1')).toBe('203.0.113.7')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '::ffff:10.1.2.3')).toBe('203.0.113.7')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '::1')).toBe('203.0.113.7')
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, 'fd12::8')).toBe('203.0.113.7')
  })

  it('does not let a visitor who reaches the server directly choose their own address', () => {
    for (const peer of ['198.51.100.20', '::ffff:198.51.100.20', '2001:db8::20']) {
      expect(countedAs({ 'x-forwarded-for': '10.9.9.9' }, peer)).toBe(peer)
      expect(countedAs({ 'x-real-ip': '10.9.9.9' }, peer)).toBe(peer)
      expect(countedAs({}, peer)).toBe(peer)
    }
    // 172.32.x is public (the private block is 172.16–31).
    expect(trustsPeer('172.32.0.1', 'private')).toBe(false)
    expect(trustsPeer('172.31.255.1', 'private')).toBe(true)
  })

  it('follows TRUST_PROXY: all peers, or none', () => {
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '198.51.100.20', trustProxySetting('all'))).toBe(
      '203.0.113.7',
    )
    expect(countedAs({ 'x-forwarded-for': '203.0.113.7' }, '127.0.0.1', trustProxySetting('none'))).toBe('127.0.0.1')
    expect(trustProxySetting(' Private ')).toBe('private')
    expect(() => trustProxySetting('yes')).toThrow(/TRUST_PROXY must be private, all or none/)
  })
})

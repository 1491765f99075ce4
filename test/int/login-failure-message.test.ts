// Issue 19: a failed sign-in reads the same whether the email has no account, the password is
// wrong, or the account is locked, so the answers no longer tell which addresses have accounts.
// The lockout itself still holds: the right password on a locked account is refused.
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const PASSWORD = 'a-long-enough-password-1'
let email = ''

beforeAll(async () => {
  const payload = await testPayload()
  email = `locked-${Date.now()}@example.test`
  await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles: ['editor'] },
    overrideAccess: true,
  })
}, 120_000)

const login = (address: string, password: string, language = 'en') =>
  rest('POST', 'users/login', { body: { email: address, password }, headers: { 'Accept-Language': language } })

describe('one answer for every failed sign-in', () => {
  it('gives an unknown email, a wrong password and a locked account the same 401 and message, in English and Chinese', async () => {
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong-password-123')).status).toBe(401)
    for (const language of ['en', 'zh']) {
      const unknown = await login(`nobody-${Date.now()}@example.test`, PASSWORD, language)
      const wrong = await login(`nobody-else-${Date.now()}@example.test`, 'wrong-password-123', language)
      // Locked after five wrong passwords: the right one is refused, and says nothing more.
      const locked = await login(email, PASSWORD, language)
      expect([unknown.status, wrong.status, locked.status]).toEqual([401, 401, 401])
      const message = unknown.body.errors[0].message
      expect(wrong.body.errors[0].message).toBe(message)
      expect(locked.body.errors[0].message).toBe(message)
      expect(message).not.toMatch(/locked due to/)
      if (language === 'zh') expect(message).toMatch(/[\u4e00-\u9fff]{4,}/)
    }
  })
})

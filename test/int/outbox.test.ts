// Issue 16 §2: on the default configuration (no SMTP_HOST) every email is kept whole in the
// admin-only Outbox; an admin opens the confirmation email there, follows its link, and the notice
// is confirmed. The retention job deletes Outbox messages past the retention period.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { runTakedownQueue } from '../../src/takedown/queueRunner'
import { deleteOldOutboxMessages } from '../../src/takedown/retention'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { submitPublicly, validNotice } from '../helpers/takedown'

delete process.env.SMTP_HOST // the default install: no mail server
const payload = await testPayload()

describe('the Outbox, when no mail server is set', () => {
  it('keeps the confirmation email whole for an admin, whose link confirms the notice', async () => {
    const email = `outbox-${Date.now()}@example.test`
    const filed = await submitPublicly(validNotice('/editions/2019', { email }))
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    await runTakedownQueue(payload, 20)

    const admin = await login((await createUser(payload, ['admin'])).email, 'correct-horse-battery-staple')
    const listed = await rest('GET', `outbox?where[to][contains]=${encodeURIComponent(email)}`, { token: admin })
    expect(listed.status).toBe(200)
    expect(listed.body.docs).toHaveLength(1)
    const message = listed.body.docs[0]
    expect(message.subject).toMatch(/confirm/i)
    const link = /https?:\/\/\S+\/removal-request\/confirm\?token=([\w-]+)/.exec(message.text)
    expect(link, message.text).not.toBeNull()

    const confirmed = await rest('POST', 'contact-requests/confirm', { body: { token: link![1] } })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const stored = await payload.findByID({
      collection: 'contact-requests',
      id: filed.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('received')

    // Staff and editors cannot read it: it holds other people's addresses.
    for (const role of ['staff', 'editor'] as const) {
      const token = await login((await createUser(payload, [role])).email, 'correct-horse-battery-staple')
      expect((await rest('GET', 'outbox', { token })).status).toBe(403)
    }
  })

  it('deletes messages older than the retention period and keeps newer ones', async () => {
    const before = (await payload.count({ collection: 'outbox', overrideAccess: true })).totalDocs
    expect(before).toBeGreaterThan(0)
    const req = await createLocalReq({}, payload)
    expect(await deleteOldOutboxMessages(req)).toBe(0)
    const thirteenMonthsOn = new Date()
    thirteenMonthsOn.setUTCMonth(thirteenMonthsOn.getUTCMonth() + 13)
    expect(await deleteOldOutboxMessages(req, thirteenMonthsOn)).toBe(before)
    expect((await payload.count({ collection: 'outbox', overrideAccess: true })).totalDocs).toBe(0)
  })
})

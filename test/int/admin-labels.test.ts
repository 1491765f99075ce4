import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

// Issue 16 §4: staff read a request in plain words, in English or Chinese, not Payload's
// generated "Info Request", "Due At", "Sender Fingerprint".

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

/** Every named field staff can see, with its path and label. */
function visibleFields(fields: Field[], prefix = ''): { path: string; label: unknown }[] {
  return fields.flatMap((field) => {
    // Sections (collapsibles) hold fields without adding to their paths.
    if (!('name' in field) && 'fields' in field) return visibleFields(field.fields, prefix)
    if (!('name' in field) || (field.admin as { hidden?: boolean } | undefined)?.hidden) return []
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const own = { path, label: 'label' in field ? field.label : undefined }
    const inner = 'fields' in field && Array.isArray(field.fields) ? visibleFields(field.fields, path) : []
    return [own, ...inner]
  })
}

describe('contact requests in the admin', () => {
  it('label every field staff see in both admin languages', () => {
    const fields = visibleFields(payload.collections['contact-requests'].config.fields)
    expect(fields.length).toBeGreaterThan(50)
    const unlabelled = fields.filter(({ label }) => {
      const pair = label as { en?: string; zh?: string } | undefined
      return !pair || typeof pair !== 'object' || !pair.en?.trim() || !/[\u4e00-\u9fff]/.test(pair.zh ?? '')
    })
    expect(unlabelled.map((f) => f.path)).toEqual([])
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.label]))
    expect(byPath.infoRequest).toEqual({
      en: 'What is missing (sent to the notifier)',
      zh: '需补充的内容（发送给通知人）',
    })
    expect(byPath['reasons.facts']).toMatchObject({ zh: '所依据的事实和情况' })
  })

  it('name every choice of every menu in both languages, and the history’s columns too', () => {
    const menus = (fields: Field[]): Field[] =>
      fields.flatMap((field) => [
        ...('options' in field ? [field] : []),
        ...('fields' in field && Array.isArray(field.fields) ? menus(field.fields) : []),
      ])
    const untranslated = ['contact-requests', 'takedown-audit', 'takedown-mail'].flatMap((slug) =>
      menus(payload.collections[slug as 'contact-requests'].config.fields).flatMap((field) =>
        (field as { name: string; options: { value: string; label: unknown }[] }).options
          .filter((o) => !/[\u4e00-\u9fff]/.test((o.label as { zh?: string })?.zh ?? ''))
          .map((o) => `${slug}.${(field as { name: string }).name}: ${o.value}`),
      ),
    )
    expect(untranslated).toEqual([])
    // Help texts too.
    const helpless = (fields: Field[], prefix = ''): string[] =>
      fields.flatMap((field) => {
        if (!('name' in field)) return 'fields' in field ? helpless(field.fields, prefix) : []
        const path = prefix ? `${prefix}.${field.name}` : field.name
        const description = (field.admin as { description?: unknown } | undefined)?.description
        const own = typeof description === 'string' ? [path] : []
        return [...own, ...('fields' in field && Array.isArray(field.fields) ? helpless(field.fields, path) : [])]
      })
    expect(helpless(payload.collections['contact-requests'].config.fields)).toEqual([])
    const audit = Object.fromEntries(
      visibleFields(payload.collections['takedown-audit'].config.fields).map((f) => [f.path, f.label]),
    )
    expect(audit.toStatus).toEqual({ en: 'To', zh: '新状态' })
  })
})

import type { Field } from 'payload'

// The request screen as a case file (issue 16 §4): the notice as filed, then what staff decide,
// then the history. Sidebar and hidden fields stay where they are; every other field must be
// placed in a section here, so a new field cannot quietly land in the wrong place.

const SECTIONS = [
  {
    label: { en: 'The notice, as filed', zh: '通知（按提交原样）' },
    fields: [
      'name',
      'email',
      'organization',
      'phone',
      'postalAddress',
      'relationship',
      'authority',
      'subject',
      'message',
      'pageUrl',
      'urls',
      'basis',
      'elements',
      'originalWork',
      'originalWorkUrl',
      'explanation',
      'evidence',
      'requestedAction',
      'goodFaith',
      'accuracy',
      'signature',
    ],
  },
  {
    label: { en: 'Decision', zh: '决定' },
    fields: ['infoRequest', 'reasons', 'affectedParty', 'counterNotices', 'actionFiled', 'staffNotes'],
  },
  {
    label: { en: 'History', zh: '处理记录' },
    fields: ['auditTrail', 'emailsSent', 'senderFingerprint'],
  },
] as const

const nameOf = (field: Field) => ('name' in field ? field.name : '')
const staysPut = (field: Field) => {
  const admin = field.admin as { position?: string; hidden?: boolean } | undefined
  return !('name' in field) || admin?.position === 'sidebar' || Boolean(admin?.hidden)
}

export function asCaseFile(fields: Field[]): Field[] {
  const byName = new Map(fields.map((field) => [nameOf(field), field]))
  const placed = new Set<string>(SECTIONS.flatMap((section) => section.fields))
  const unplaced = fields.filter((field) => !staysPut(field) && !placed.has(nameOf(field)))
  if (unplaced.length)
    throw new Error(`contact-requests: place ${unplaced.map(nameOf).join(', ')} in a section of caseFile.ts`)
  return [
    ...fields.filter(staysPut),
    ...SECTIONS.map((section): Field => ({
      type: 'collapsible',
      label: section.label,
      admin: { initCollapsed: false },
      fields: section.fields.map((name) => {
        const field = byName.get(name)
        if (!field) throw new Error(`contact-requests: caseFile.ts names ${name}, which is not a field`)
        return field
      }),
    })),
  ]
}

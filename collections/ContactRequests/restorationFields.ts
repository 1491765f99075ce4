import type { Field } from 'payload'

import { serverOnly, staffWrites } from '../../src/access'

// The restoration clock a counter-notice starts (DMCA 512(g)(2)(C), 条例 16–17, Civil Code 1196):
// the date the content returns, and what stops it.

const counterNoticed = (data: Record<string, unknown> | undefined) =>
  Boolean(data?.restoreAt) || data?.status === 'counter_noticed'

export const restorationFields: Field[] = [
  {
    name: 'restoreAt',
    type: 'date',
    index: true,
    access: serverOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: counterNoticed,
      description:
        'Set by a counter-notice, in business days from the takedown settings. Restored then, unless an action is recorded below first.',
      date: { pickerAppearance: 'dayAndTime' },
    },
  },
  {
    name: 'actionFiled',
    type: 'textarea',
    maxLength: 2000,
    access: staffWrites,
    admin: {
      condition: counterNoticed,
      description:
        'Which court or authority, the case number if any, and when the notifier told us. Required to keep the content removed after a counter-notice (move to "Removed").',
    },
  },
  {
    name: 'actionFiledAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, condition: counterNoticed, date: { pickerAppearance: 'dayAndTime' } },
  },
]

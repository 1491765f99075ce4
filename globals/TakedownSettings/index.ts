import type { GlobalConfig } from 'payload'

import { isAdmin, isRequestHandler } from '../../src/access'
import { DEFAULT_TAKEDOWN_SETTINGS } from '../../src/takedown/policy'
import { NOTICE_BASES } from '../../src/takedown/vocabulary'

/** How the takedown workflow treats notices; admins tune it, staff can read it. */
export const TakedownSettings: GlobalConfig = {
  slug: 'takedown-settings',
  label: 'Takedown settings',
  access: { read: isRequestHandler, update: isAdmin },
  admin: { hidden: ({ user }) => !(user?.roles as string[] | undefined)?.some((r) => r === 'admin' || r === 'staff') },
  fields: [
    {
      name: 'hideOnConfirmation',
      type: 'select',
      hasMany: true,
      options: [...NOTICE_BASES],
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.hideOnConfirmation,
      admin: {
        description:
          'Notices on these grounds hide the content as soon as the notifier confirms their email, pending review. Other grounds leave it visible until staff decide.',
      },
    },
    {
      name: 'dueDays',
      type: 'number',
      required: true,
      min: 1,
      max: 30,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.dueDays,
      admin: { description: 'Days from confirmation within which staff should decide; later requests show as overdue.' },
    },
    {
      name: 'confirmationHours',
      type: 'number',
      required: true,
      min: 1,
      max: 24 * 14,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.confirmationHours,
      admin: { description: 'How long the confirmation link in the email stays valid.' },
    },
    {
      name: 'redress',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.redress,
      admin: { description: 'Offered in every statement of reasons as the way to contest a decision.' },
    },
  ],
}

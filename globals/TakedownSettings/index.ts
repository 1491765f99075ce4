import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { hiddenUnlessRequestHandler, isAdmin, isRequestHandler } from '../../src/access'
import { revalidatePublicSite } from '../../src/cache/revalidate'
import { SITE_KEY } from '../../src/cache/surrogateKeys'
import { isTimeZone, parseDateList } from '../../src/takedown/businessDays'
import {
  DEFAULT_TAKEDOWN_SETTINGS,
  MAX_COUNTER_NOTICE_DAYS,
  MIN_COUNTER_NOTICE_DAYS,
  MIN_RETENTION_MONTHS,
} from '../../src/takedown/policy'
import { NOTICE_BASES } from '../../src/takedown/vocabulary'

const validDateList = (value: unknown) => {
  const parsed = parseDateList(value)
  return 'error' in parsed ? parsed.error : true
}

/** The site states these settings (deadlines, retention, the notices contact): show the new ones. */
const showNewTermsOnTheSite: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidatePublicSite(req, 'takedown settings changed', [SITE_KEY])
  return doc
}

/** How the takedown workflow treats notices; admins tune it, staff can read it. */
export const TakedownSettings: GlobalConfig = {
  slug: 'takedown-settings',
  label: 'Takedown settings',
  access: { read: isRequestHandler, update: isAdmin },
  admin: { hidden: hiddenUnlessRequestHandler },
  hooks: { afterChange: [showNewTermsOnTheSite] },
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
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.timeZone,
      validate: (value: unknown) =>
        isTimeZone(value) ? true : 'Give an IANA time zone such as Asia/Shanghai or Europe/Berlin.',
      admin: {
        description:
          'Business days (Monday to Friday, less the holidays below) are counted in this time zone, where staff work.',
      },
    },
    {
      name: 'holidays',
      type: 'textarea',
      maxLength: 20_000,
      validate: validDateList,
      admin: {
        description:
          "Public holidays, not counted as business days: one date per line (YYYY-MM-DD), # starts a comment. Paste the year's official list.",
      },
    },
    {
      name: 'workingWeekendDays',
      type: 'textarea',
      maxLength: 5_000,
      validate: validDateList,
      admin: {
        description:
          'Saturdays or Sundays worked instead of a holiday (调休), counted as business days: one date per line (YYYY-MM-DD).',
      },
    },
    {
      name: 'triageBusinessDays',
      type: 'number',
      required: true,
      min: 0,
      max: 10,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.triageBusinessDays,
      admin: {
        description:
          'Business days from receipt within which staff ask for missing information or take the notice into review.',
      },
    },
    {
      name: 'hiddenDecisionBusinessDays',
      type: 'number',
      required: true,
      min: 1,
      max: 30,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.hiddenDecisionBusinessDays,
      admin: { description: 'Business days from receipt to a decision when the content is hidden pending review.' },
    },
    {
      name: 'decisionBusinessDays',
      type: 'number',
      required: true,
      min: 1,
      max: 30,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.decisionBusinessDays,
      admin: { description: 'Business days from receipt to a decision for all other requests.' },
    },
    {
      name: 'counterNoticeBusinessDays',
      type: 'number',
      required: true,
      min: MIN_COUNTER_NOTICE_DAYS,
      max: MAX_COUNTER_NOTICE_DAYS,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.counterNoticeBusinessDays,
      admin: {
        description:
          'Business days from a counter-notice to the return of the content, unless the notifier tells us of a court action or complaint first (10 to 14, as DMCA 512(g) sets).',
      },
    },
    {
      name: 'needsInfoCloseDays',
      type: 'number',
      required: true,
      min: 1,
      max: 90,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.needsInfoCloseDays,
      admin: {
        description:
          'Calendar days a notifier has to answer a request for information; unanswered requests then close as withdrawn.',
      },
    },
    {
      name: 'retentionMonths',
      type: 'number',
      required: true,
      min: MIN_RETENTION_MONTHS,
      max: 120,
      defaultValue: DEFAULT_TAKEDOWN_SETTINGS.retentionMonths,
      admin: {
        description:
          "Months after a request closes when the notifier's name, email, phone, address, signature and IP hash are anonymised (at least 6).",
      },
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
    {
      // DMCA 512(c)(2): the agent designated to receive notices; DSA 11–12: a point of contact.
      name: 'noticesContact',
      type: 'group',
      label: 'Contact for notices (designated agent)',
      admin: {
        description:
          'Published on /contact and under the disclaimer, in both languages, beside the forms. Fill in at least an email or a postal address.',
      },
      fields: [
        { name: 'name', type: 'text', maxLength: 200, admin: { description: 'A person or a role.' } },
        { name: 'email', type: 'email' },
        { name: 'postalAddress', type: 'textarea', maxLength: 500 },
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
  ],
}

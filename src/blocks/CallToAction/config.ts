import type { Block } from 'payload'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 200 },
    { name: 'text', type: 'textarea', maxLength: 1000 },
    { name: 'linkLabel', type: 'text', required: true, maxLength: 100 },
    {
      name: 'linkUrl',
      type: 'text',
      required: true,
      maxLength: 2000,
      admin: { description: 'A path on this site (/removal-request) or a full https:// address.' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^(\/(?!\/)|https?:\/\/)/.test(value)
          ? true
          : 'Start with / for this site or https:// for another.',
    },
  ],
}

import type { Block } from 'payload'

export const ContactDetailsBlock: Block = {
  slug: 'contactDetails',
  interfaceName: 'ContactDetailsBlock',
  labels: { singular: 'Contact details', plural: 'Contact details' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 200 },
    { name: 'email', type: 'email' },
    { name: 'phone', type: 'text', maxLength: 50 },
    { name: 'address', type: 'textarea', maxLength: 500 },
    { name: 'note', type: 'textarea', maxLength: 1000 },
  ],
}

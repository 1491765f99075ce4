import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isRequestHandler, isTeamMemberField } from '../../src/access'

export const CONTACT_REQUEST_KINDS = [
  { value: 'enquiry', label: 'General enquiry' },
  { value: 'removal', label: 'Removal request' },
] as const

export const CONTACT_REQUEST_STATUSES = [
  { value: 'new', label: 'New' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'closed', label: 'Closed' },
] as const

/**
 * Messages from the public. They hold personal data, so only staff and admins can read
 * them; editors cannot. The takedown workflow builds on this collection.
 */
export const ContactRequests: CollectionConfig = {
  slug: 'contact-requests',
  labels: { singular: 'Contact request', plural: 'Contact requests' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'kind', 'subject', 'email', 'status'],
    hidden: ({ user }) => !(user?.roles as string[] | undefined)?.some((r) => r === 'admin' || r === 'staff'),
  },
  defaultSort: '-createdAt',
  access: {
    create: anyone,
    read: isRequestHandler,
    update: isRequestHandler,
    delete: isAdmin,
  },
  fields: [
    { name: 'kind', type: 'select', required: true, defaultValue: 'enquiry', options: [...CONTACT_REQUEST_KINDS] },
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'email', type: 'email', required: true },
    { name: 'organization', type: 'text', maxLength: 200 },
    { name: 'subject', type: 'text', required: true, maxLength: 200 },
    { name: 'message', type: 'textarea', required: true, maxLength: 10_000 },
    { name: 'pageUrl', type: 'text', maxLength: 2000, admin: { description: 'The page on this site the message is about, if any.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: [...CONTACT_REQUEST_STATUSES],
      // The public may not choose how its own message is filed.
      access: { create: isTeamMemberField, update: isTeamMemberField },
      admin: { position: 'sidebar' },
    },
  ],
}

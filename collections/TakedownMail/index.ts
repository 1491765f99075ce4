import type { CollectionConfig } from 'payload'

import { hiddenUnlessRequestHandler, isAdmin, isRequestHandler, nobody } from '../../src/access'
import { withChinese } from '../../src/model/vocabulary'
import { MAIL_AUDIENCES } from '../../src/takedown/mailLog'
import { MESSAGE_LANGUAGES, MESSAGE_LANGUAGES_ZH } from '../../src/takedown/messages/languages'

/**
 * Every email sent about a request, as staff need it in the request's history: when, to whom
 * (by role, not address), in which language, and the subject. Written by the mail job once the
 * mail server (or the Outbox) took the message. No addresses and no body are kept here, so the
 * log holds nothing personal and outlives retention with the audit trail.
 */
export const TakedownMail: CollectionConfig = {
  slug: 'takedown-mail',
  labels: {
    singular: { en: 'Email about a request', zh: '请求相关邮件' },
    plural: { en: 'Emails about requests', zh: '请求相关邮件' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['sentAt', 'audience', 'language', 'subject', 'reference'],
    hidden: hiddenUnlessRequestHandler,
    description: 'Each email the takedown workflow sent, newest first. Addresses and text are not kept here.',
  },
  defaultSort: '-sentAt',
  access: { create: nobody, read: isRequestHandler, update: nobody, delete: isAdmin },
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'contact-requests',
      index: true,
      label: { en: 'Request', zh: '请求' },
      admin: { readOnly: true },
    },
    { name: 'reference', type: 'text', index: true, label: { en: 'Reference', zh: '编号' }, admin: { readOnly: true } },
    {
      name: 'sentAt',
      type: 'date',
      required: true,
      label: { en: 'Sent at', zh: '发送时间' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      label: { en: 'To', zh: '收件人' },
      options: [...MAIL_AUDIENCES],
      admin: { readOnly: true },
    },
    { name: 'recipients', type: 'number', label: { en: 'Addresses', zh: '收件地址数' }, admin: { readOnly: true } },
    {
      name: 'language',
      type: 'select',
      required: true,
      label: { en: 'Language', zh: '语言' },
      options: withChinese(MESSAGE_LANGUAGES, MESSAGE_LANGUAGES_ZH),
      admin: { readOnly: true },
    },
    { name: 'subject', type: 'text', label: { en: 'Subject', zh: '主题' }, admin: { readOnly: true } },
    { name: 'message', type: 'text', label: { en: 'Kind of message', zh: '邮件类型' }, admin: { readOnly: true } },
  ],
}

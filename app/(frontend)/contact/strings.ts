import type { Locale } from '@/site/locales'

// Every string of the contact pages, per language; /contact and /zh/contact render the same components.
const en = {
  title: 'Contact us',
  privacy: (months: number) =>
    `What we keep and who sees it: your name, email and message, used only to answer you and seen only by our staff. We delete them ${months} months after the request is closed, or sooner if you ask (GDPR art. 13; PIPL art. 17).`,
  description: 'Write to the people who keep the Expo Archive.',
  lead: 'Questions, corrections and suggestions about the archive are welcome.',
  removalBefore: 'To have content removed because it infringes your rights, use the ',
  removalLink: 'removal request form',
  removalAfter: ' instead: it is handled faster and with the details we need.',
  sentPageTitle: 'Message sent',
  sentTitle: 'Thank you, your message is on its way',
  yourReference: 'Your reference is ',
  sentBody: 'We will reply by email.',
  name: 'Name',
  email: 'Email',
  emailHint: 'We reply to this address.',
  organization: 'Organization',
  subject: 'Subject',
  message: 'Message',
  pageUrl: 'The page your message is about (optional)',
  send: 'Send',
  sending: 'Sending…',
}

export type ContactTexts = typeof en

const zh: ContactTexts = {
  title: '联系我们',
  privacy: (months: number) =>
    `我们保存哪些信息、谁能看到：您的姓名、电子邮箱和留言，仅用于答复您，仅本站工作人员可见。请求结案 ${months} 个月后（或应您的要求提前）我们将删除这些信息（《个人信息保护法》第十七条；GDPR 第 13 条）。`,
  description: '联系世博档案的维护者。',
  lead: '欢迎就本档案提出问题、更正和建议。',
  removalBefore: '如内容侵犯您的权利需要删除，请改用',
  removalLink: '删除通知表单',
  removalAfter: '：处理更快，并包含我们需要的信息。',
  sentPageTitle: '留言已发送',
  sentTitle: '谢谢，您的留言已发送',
  yourReference: '您的编号是 ',
  sentBody: '我们将通过电子邮件回复。',
  name: '姓名',
  email: '电子邮箱',
  emailHint: '我们将回复至此邮箱。',
  organization: '单位',
  subject: '主题',
  message: '留言',
  pageUrl: '您的留言涉及的页面（选填）',
  send: '发送',
  sending: '正在发送…',
}

export const contactTexts = (locale: Locale): ContactTexts => (locale === 'zh' ? zh : en)

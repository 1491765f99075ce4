import type { Locale } from '@/site/locales'

// Every string of the counter-notice pages, per language; /counter-notice and /zh/counter-notice render
// the same components with one or the other. 反通知 / 声明 is the established Chinese term.
const en = {
  title: 'Counter-notice',
  privacy: (months: number) =>
    `What we keep and who sees it: what you enter here, used only to handle your counter-notice and seen only by our staff; if we put the content back, the person who sent the removal notice is told that we did. We delete your personal data ${months} months after the request is closed, or sooner if you ask (GDPR art. 13; PIPL art. 17).`,
  intro:
    'If content you published here was removed or changed because of a removal notice, and you believe this was a mistake, tell us here. A member of staff reviews it; if we reinstate the content, the person who sent the notice is told first.',
  reference: 'Reference of the removal notice',
  referenceHint: 'As given in our message to you, e.g. R-2026-000042.',
  name: 'Your name',
  email: 'Email',
  emailHint: 'We reply to this address.',
  contact: 'Postal address or phone (optional)',
  material: 'The material removed, and where it was',
  statement: 'Why the removal was a mistake',
  evidence: 'Evidence (optional)',
  evidenceHint: 'Links to or a description of your licence, authorship or permission.',
  goodFaith: 'I believe in good faith that the material was removed or changed by mistake or misidentification.',
  send: 'Send counter-notice',
  sending: 'Sending…',
  sentTitle: 'Counter-notice received',
  sentBody: 'Thank you. A member of staff will review it and write to you at the address you gave.',
  fieldErrors: 'Some fields need your attention; see the messages below each one.',
}

export type CounterNoticeTexts = typeof en

const zh: CounterNoticeTexts = {
  title: '反通知（声明）',
  privacy: (months: number) =>
    `我们保存哪些信息、谁能看到：您在此填写的内容，仅用于处理您的反通知，仅本站工作人员可见；如我们恢复相关内容，会告知发出删除通知的一方。请求结案 ${months} 个月后（或应您的要求提前）我们将删除您的个人信息（《个人信息保护法》第十七条；GDPR 第 13 条）。`,
  intro:
    '如您在本站发布的内容因删除通知被删除、断开链接或更改，而您认为有误，请在此提交反通知声明。工作人员将进行审核；如我们决定恢复该内容，会先告知提交通知的人。',
  reference: '删除通知的编号',
  referenceHint: '见我们发给您的邮件，例如 R-2026-000042。',
  name: '您的姓名或名称',
  email: '电子邮箱',
  emailHint: '我们将回复至此邮箱。',
  contact: '通讯地址或电话（选填）',
  material: '被删除的内容及其原网址',
  statement: '删除为何有误',
  evidence: '初步证明材料（选填）',
  evidenceHint: '您的授权、作者身份或许可的链接或说明。',
  goodFaith: '本人善意地相信，上述内容因错误或误认而被删除或更改，并对本声明的真实性负责。',
  send: '提交反通知',
  sending: '正在提交…',
  sentTitle: '已收到您的反通知',
  sentBody: '谢谢。工作人员将进行审核，并通过您提供的邮箱与您联系。',
  fieldErrors: '部分栏目需要修改，请查看各栏下方的提示。',
}

export const counterNoticeTexts = (locale: Locale): CounterNoticeTexts => (locale === 'zh' ? zh : en)

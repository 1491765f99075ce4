import type { Locale } from '@/site/locales'

// Every string of the counter-notice pages, per language; /counter-notice and /zh/counter-notice render
// the same components with one or the other. 反通知 / 声明 is the established Chinese term.
const en = {
  title: 'Counter-notice',
  privacy: (months: number) =>
    `What we keep and who sees it: what you enter here, used only to handle your counter-notice and seen by our staff; as the law requires, we send a copy (your name, address and phone, and what you write, but not your email) to the person who sent the removal notice, so that they can go to court if they wish. We delete your personal data ${months} months after the request is closed, or sooner if you ask (GDPR art. 13; PIPL art. 17).`,
  intro: (days: number) =>
    `If content you published here was removed, hidden or changed because of a removal notice, and you believe this was a mistake, tell us here. We send a copy to the person who sent the notice. Removed or hidden content goes back on the site ${days} business days later, unless they tell us before then that they have gone to court or made a complaint to an authority; we may put it back sooner.`,
  reference: 'Reference of the removal notice',
  referenceHint: 'As given in our message to you, e.g. R-2026-000042.',
  name: 'Your name',
  email: 'Email',
  emailHint: 'We reply to this address.',
  address: 'Postal address',
  addressHint: 'Where legal papers can reach you.',
  phone: 'Phone',
  material: 'The material removed, and where it was',
  statement: 'Why the removal was a mistake',
  evidence: 'Evidence',
  evidenceHint: 'Links to or a description of your licence, authorship or permission.',
  goodFaith:
    'I state, under penalty of perjury, that I believe in good faith that the material was removed or disabled by mistake or misidentification, and I am responsible for the truth of this counter-notice.',
  jurisdiction:
    'I consent to the jurisdiction of the courts where my address is (if it is outside the United States, of any court where Expo Archive may be found), and I will accept service of legal papers from the person who sent the notice or their agent.',
  signature: 'Signature',
  signatureHint: 'Type your full name, exactly as above.',
  send: 'Send counter-notice',
  sending: 'Sending…',
  sentTitle: 'Counter-notice received',
  sentBody:
    'Thank you. We have sent a copy to the person who filed the notice, and will write to you at the email address you gave with the date the content goes back on the site.',
  fieldErrors: 'Some fields need your attention; see the messages below each one.',
  restoreOn: (date: string) =>
    `The content goes back on the site on ${date}, unless the person who sent the notice tells us by then that they have gone to court or made a complaint to an authority.`,
}

export type CounterNoticeTexts = typeof en

const zh: CounterNoticeTexts = {
  title: '反通知（声明）',
  privacy: (months: number) =>
    `我们保存哪些信息、谁能看到：您在此填写的内容，仅用于处理您的反通知，由本站工作人员查看；依照法律规定，我们会将副本（您的姓名、地址和电话以及您填写的内容，不含电子邮箱）转送发出删除通知的一方，以便其在需要时提起诉讼。请求结案 ${months} 个月后（或应您的要求提前）我们将删除您的个人信息（《个人信息保护法》第十七条；GDPR 第 13 条）。`,
  intro: (days: number) =>
    `如您在本站发布的内容因删除通知被删除、断开链接或更改，而您认为有误，请在此提交反通知声明。我们会将声明转送发出通知的一方。被删除或断开链接的内容将在 ${days} 个工作日后恢复，除非通知人在此之前告知我们已向有关部门投诉或者向人民法院起诉；我们也可能提前恢复。`,
  reference: '删除通知的编号',
  referenceHint: '见我们发给您的邮件，例如 R-2026-000042。',
  name: '您的姓名或名称',
  email: '电子邮箱',
  emailHint: '我们将回复至此邮箱。',
  address: '通讯地址',
  addressHint: '可向您送达法律文书的地址。',
  phone: '电话',
  material: '被删除的内容及其原网址',
  statement: '删除为何有误',
  evidence: '初步证明材料',
  evidenceHint: '您的授权、作者身份或许可的链接或说明。',
  goodFaith:
    '本人声明：本人善意地相信上述内容系因错误或误认而被删除或断开链接，并对本声明的真实性负责；如有不实，愿承担法律责任（包括美国法律下的伪证责任）。',
  jurisdiction:
    '本人同意接受本人地址所在地法院的管辖（地址在美国境外的，同意接受本站所在地任何法院的管辖），并接受通知人或其代理人送达的法律文书。',
  signature: '签名',
  signatureHint: '请输入您的全名，须与上方姓名一致。',
  send: '提交反通知',
  sending: '正在提交…',
  sentTitle: '已收到您的反通知',
  sentBody: '谢谢。我们已将您的反通知转送通知人，并将通过您提供的邮箱告知内容恢复展示的日期。',
  fieldErrors: '部分栏目需要修改，请查看各栏下方的提示。',
  restoreOn: (date: string) =>
    `除非通知人在此之前告知我们已向有关部门投诉或者向人民法院起诉，该内容将于 ${date}恢复展示。`,
}

export const counterNoticeTexts = (locale: Locale): CounterNoticeTexts => (locale === 'zh' ? zh : en)

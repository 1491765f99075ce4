import type { Locale } from '@/site/locales'
import { NOTICE_BASES_ZH, NOTICE_ELEMENTS_ZH, REQUESTED_ACTIONS_ZH } from '@/takedown/vocabulary'

// Every string of the removal notice pages, per language. The form components read the language
// they are given, so /removal-request and /zh/removal-request render the same components; a new
// field adds its label to both languages here. The legal terms follow the established Chinese
// vocabulary: 通知 (notice), 初步证明材料 (prima facie evidence), 删除 (remove), 断开链接 (disconnect the link).
const en = {
  title: 'Request removal of content',
  description: 'Ask us to remove, credit or correct material on this site that infringes your rights.',
  lead: 'This archive republishes material from other publishers. If something here infringes your copyright, your image or your personal data, is defamatory or is wrong, tell us below and we will act on it.',
  process: (days: { hidden: number; other: number }) =>
    `After you send the notice we email you a link to confirm your address; nothing happens before you confirm. Notices about copyright, images and personal data then take the content offline at once while we review them; other notices are reviewed first. We decide within ${days.hidden} business days when the content is offline, within ${days.other} otherwise, and tell you why.`,
  aboutYou: 'About you',
  confirmTitle: 'Confirm your removal notice',
  confirmAsk: 'Press the button to confirm that you sent this notice and that this email address is yours.',
  confirm: 'Confirm my notice',
  confirming: 'Confirming…',
  confirmed: (ref: string, already: boolean) =>
    `Thank you. Notice ${ref} is ${already ? 'already confirmed' : 'confirmed'} and with our staff.`,
  confirmedNext:
    'Content named in a notice about copyright, an image or personal data is taken offline now, pending review. We will email you our decision and the reasons for it.',
  sentPageTitle: 'Removal notice received',
  sentTitle: 'Please confirm your email address',
  yourReference: ['Your reference is ', '. Keep it for any question about this notice.'],
  sentBody: 'We have sent you an email with a confirmation link.',
  sentNothing: 'Nothing happens to the content until you open that link.',
  sentSpam: 'If no email arrives within a few minutes, look in your spam folder, or send the notice again.',
  name: 'Full name',
  email: 'Email',
  emailHint: 'We send the confirmation link here.',
  organization: 'Organization',
  phone: 'Phone',
  phoneHint: 'For a copyright notice, a phone number or a postal address is required.',
  postalAddress: 'Postal address',
  relationship: 'Your relationship to the right',
  authority:
    'If you act for someone: for whom, and on what authority (for a court or authority: the order’s reference and date)',
  choose: 'Choose…',
  theContent: 'The content',
  urls: 'Addresses on this site',
  urlsHint: 'One per line, up to 10: an edition, organization or page, or a media file.',
  basis: 'Ground of the notice',
  elements: 'Which part (required)',
  originalWork: 'The original work or the right you claim',
  originalWorkUrl: 'Where the original can be seen (web address)',
  explanation: 'Why the content infringes that right',
  evidence: 'Evidence (optional)',
  evidenceHint:
    'Up to 3 PDF or image files, 2 MB each: a licence, the original, proof of identity. Only our staff can see them.',
  chooseFilesAgain: (names: string[]) =>
    `Your browser cannot keep chosen files after a refused send: please choose these files again: ${names.join(', ')}.`,
  requestedAction: 'What you ask us to do',
  statements: 'Statements and signature',
  goodFaith:
    'I believe in good faith that the use of the material described is not authorized by the rights holder or by law.',
  accuracy:
    'The information in this notice is accurate and complete, and under penalty of perjury, I am the rights holder or authorized to act for them.',
  warning:
    'A notice that knowingly misrepresents that material infringes can make you liable for the damage it causes (US Copyright Act § 512(f); PRC Civil Code art. 1195).',
  privacy: (months: number) =>
    `What we keep and who sees it: what you enter here and the files you attach, used only to handle your notice and seen only by our staff. If we act on it, the person whose material it concerns is told what we did and why, without your email, phone or postal address. We delete your personal data ${months} months after the request is closed, or sooner if you ask (GDPR art. 13; PIPL art. 17).`,
  signature: 'Signature: type your full name',
  send: 'Send the notice',
  sending: 'Sending…',
  relationships: {
    rights_holder: 'I hold the rights',
    authorized_agent: 'I act for the rights holder (authorized agent)',
    person_concerned: 'The content is about me',
    authority_order: 'I act for a court or public authority (an order)',
    other: 'Other',
  } as Record<string, string>,
  bases: {
    copyright: 'Copyright',
    image: 'Image or portrait right',
    personal_data: 'Personal data',
    defamation: 'Defamation',
    trademark: 'Trademark',
    factual_error: 'Factual error',
    other: 'Other',
  } as Record<string, string>,
  elementLabels: { text: 'Text', image: 'Image' } as Record<string, string>,
  actions: { remove: 'Remove it', credit: 'Add a credit', correct: 'Correct it' } as Record<string, string>,
}

export type RemovalTexts = typeof en

const zh: RemovalTexts = {
  title: '申请删除内容',
  description: '如本站内容侵犯您的权利，请通知我们删除、署名或更正。',
  lead: '本档案转载其他发布者的资料。如本站内容侵犯您的著作权、肖像权或个人信息，构成诽谤或存在错误，请通过下方表单通知我们，我们将依法处理。',
  process: (days: { hidden: number; other: number }) =>
    `您提交通知后，我们会向您的邮箱发送确认链接；确认之前不会采取任何措施。涉及著作权、肖像和个人信息的通知经确认后，我们会在审核期间立即删除或断开链接；其他通知先审核后处理。内容已删除的，我们在 ${days.hidden} 个工作日内作出决定；其他通知在 ${days.other} 个工作日内作出决定，并告知理由。`,
  aboutYou: '通知人信息',
  confirmTitle: '确认您的删除通知',
  confirmAsk: '请点击下方按钮，确认本通知由您发出，且此电子邮箱属于您。',
  confirm: '确认我的通知',
  confirming: '正在确认…',
  confirmed: (ref: string, already: boolean) =>
    `谢谢。通知 ${ref} ${already ? '此前已确认' : '已确认'}，已转交工作人员处理。`,
  confirmedNext:
    '涉及著作权、肖像或个人信息的通知所指内容现已删除或断开链接，等待审核。我们将通过电子邮件告知您处理决定及理由。',
  sentPageTitle: '已收到删除通知',
  sentTitle: '请确认您的电子邮箱',
  yourReference: ['您的通知编号是 ', '，请妥善保存，以便就本通知咨询。'],
  sentBody: '我们已向您发送一封含确认链接的电子邮件。',
  sentNothing: '在您打开该链接之前，我们不会对相关内容采取任何措施。',
  sentSpam: '如几分钟内未收到邮件，请查看垃圾邮件文件夹，或重新提交通知。',
  name: '姓名或名称',
  email: '电子邮箱',
  emailHint: '确认链接将发送至此邮箱。',
  organization: '单位',
  phone: '电话',
  phoneHint: '著作权通知须填写电话或通讯地址（至少一项）。',
  postalAddress: '通讯地址',
  relationship: '您与权利的关系',
  authority: '如您代理他人：被代理人是谁，依据何种授权（代表法院或行政机关的：裁判、决定或命令的文号和日期）',
  choose: '请选择…',
  theContent: '涉嫌侵权的内容',
  urls: '本站网址',
  urlsHint: '每行一个，最多 10 个：届次、机构、页面或媒体文件的网址。',
  basis: '通知的理由',
  elements: '涉及的部分（必填）',
  originalWork: '原作品或您主张的权利',
  originalWorkUrl: '原作品的网址',
  explanation: '该内容为何侵犯上述权利',
  evidence: '初步证明材料（选填）',
  evidenceHint: '最多 3 个 PDF 或图片文件，每个不超过 2 MB：授权书、原作品、身份证明等。仅本站工作人员可见。',
  chooseFilesAgain: (names: string[]) =>
    `提交未成功时浏览器无法保留已选文件，请重新选择以下文件：${names.join('、')}。`,
  requestedAction: '您要求我们采取的措施',
  statements: '声明与签名',
  goodFaith: '本人善意地相信，上述资料的使用未经权利人许可，也无法律依据。',
  accuracy:
    '本人保证本通知内容真实、完整，对其真实性负责，并确认本人是权利人或经权利人授权；如因通知错误给他人造成损失，本人依法承担责任。',
  warning:
    '明知内容不构成侵权而发出通知，造成他人损害的，应当依法承担侵权责任（《民法典》第一千一百九十五条；美国版权法第 512(f) 条）。',
  privacy: (months: number) =>
    `我们保存哪些信息、谁能看到：您在此填写的内容及所附文件，仅用于处理您的通知，仅本站工作人员可见。如我们据此采取措施，会告知相关内容的提供者我们采取了什么措施及理由，但不会提供您的电子邮箱、电话或通讯地址。请求结案 ${months} 个月后（或应您的要求提前）我们将删除您的个人信息（《个人信息保护法》第十七条；GDPR 第 13 条）。`,
  signature: '签名：请输入您的全名',
  send: '提交通知',
  sending: '正在提交…',
  relationships: {
    rights_holder: '本人是权利人',
    authorized_agent: '本人代理权利人（经授权的代理人）',
    person_concerned: '该内容涉及本人',
    authority_order: '我代表法院或行政机关（裁判、决定或命令）',
    other: '其他',
  },
  bases: NOTICE_BASES_ZH,
  elementLabels: NOTICE_ELEMENTS_ZH,
  actions: REQUESTED_ACTIONS_ZH,
}

export const removalTexts = (locale: Locale): RemovalTexts => (locale === 'zh' ? zh : en)

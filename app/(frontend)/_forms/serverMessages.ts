import type { Locale } from '@/site/locales'

// The server's refusals (anti-robot check, rate limits, the collections' validation) are written in
// English where they are made, once for the API and the forms. A Chinese form shows them in Chinese:
// each known message has its translation here; one not listed yet is shown as written.
const ZH: Record<string, string> = {
  'Some fields need your attention; see the messages below each one.': '部分栏目需要修改，请查看各栏下方的提示。',
  'Something went wrong on our side and nothing was saved. Please try again in a few minutes.':
    '我们这边出现了问题，未保存任何内容。请几分钟后再试。',
  'This field is required.': '此栏为必填项。',
  'Please complete the check that you are not a robot before sending.': '提交前请先完成人机验证。',
  'The anti-robot check did not verify; reload the page and try again.': '人机验证未通过，请刷新页面后重试。',
  'The anti-robot check is incomplete; reload the page and try again.': '人机验证未完成，请刷新页面后重试。',
  'The form was sent too quickly after it was opened; please check it and send it again.':
    '表单在打开后提交过快，请检查后再次提交。',
  'The form was open too long; reload the page and send it again.': '表单打开时间过长，请刷新页面后再次提交。',
  'This form was already sent once; reload the page to send another.': '此表单已提交过一次，如需再次提交请刷新页面。',
  'Please answer the question with a number.': '请用阿拉伯数字回答问题。',
  'The anti-robot question is incomplete; reload the page and try again.': '人机验证问题不完整，请刷新页面后重试。',
  'That answer to the question is not right; please try again.': '回答不正确，请再试一次。',
  'Too many requests; try again in an hour.': '请求过于频繁，请一小时后再试。',
  'This field takes text.': '此栏只能填写文字。',
  'Choose one of the options given.': '请从给出的选项中选择一项。',
  'Choose from the options given.': '请从给出的选项中选择。',
  'Each entry must be filled in as on the form.': '每一项都须按表单格式填写。',
  'This text contains control characters or broken Unicode; please retype it.':
    '此文字包含控制字符或损坏的编码，请重新输入。',
  'This email address is too long (at most 254 characters).': '电子邮箱地址过长（最多 254 个字符）。',
  'This is not a valid web address (e.g. https://example.org/article).':
    '这不是有效的网址（例如 https://example.org/article）。',
  'Type your full name as your signature.': '请输入您的全名作为签名。',
  'The signature must be your full name exactly as given above.': '签名必须与上方填写的姓名完全一致。',
  'As an agent, say on whose behalf you act and the authority you rely on.': '作为代理人，请说明被代理人及授权依据。',
  'Name the court or authority, and the reference and date of its order.':
    '请写明法院或行政机关的名称，以及裁判、决定或命令的文号和日期。',
  'Confirm that you believe in good faith that the content was removed by mistake.':
    '请确认您善意地相信该内容系被错误删除。',
  'Confirm, under penalty of perjury, that you believe in good faith the material was removed by mistake or misidentification.':
    '请声明您善意地相信该内容系因错误或误认而被删除，并对声明的真实性负责。',
  'Consent to the jurisdiction of the courts and to accept service of process from the notifier, as a counter-notice requires.':
    '请确认同意接受法院管辖，并接受通知人送达的法律文书，这是反通知的必要内容。',
  'Explain in at least 30 characters why the removal was a mistake.': '请用至少 30 个字符说明删除为何有误。',
  'We have no removed, changed or hidden content under this reference. Check the reference in the email or on the page.':
    '此编号下没有被删除、更改或隐藏的内容。请核对邮件或页面上的编号。',
  'This confirmation link is incomplete; copy the whole link from the email.':
    '此确认链接不完整，请复制邮件中的完整链接。',
  'We have no notice for this confirmation link. It may have been mistyped.':
    '找不到与此确认链接对应的通知，链接可能有误。',
}

/**
 * Messages that carry a name, an address or a number. Matched anywhere in the text, since a
 * field may join several; their own dots (in addresses and file names) would defeat splitting
 * into sentences. An address has no spaces; a file name may.
 */
const ZH_PATTERNS: [RegExp, (...parts: string[]) => string][] = [
  [/Attach at most (\d+) files\./g, (n) => `最多可附 ${n} 个文件。`],
  [/(\S[^\n]*?) is not a PDF, JPEG, PNG or WebP file\./g, (name) => `“${name}”不是 PDF、JPEG、PNG 或 WebP 文件。`],
  [/(\S[^\n]*?) is larger than (\d+) MB\./g, (name, mb) => `“${name}”超过 ${mb} MB。`],
  [/"([^"]*)" is not a web address\./g, (input) => `“${input}”不是网址。`],
  [
    /(\S+) is not on this site \(([^)]+)\); we can act only on our own pages\./g,
    (url, host) => `${url} 不在本站（${host}）上；我们只能处理本站的页面。`,
  ],
  [
    /(\S+) is not an edition, organization, page or media file of this site\./g,
    (url) => `${url} 不是本站的届次、机构、页面或媒体文件。`,
  ],
  [/(\S+) does not lead to anything published on this site\./g, (url) => `${url} 在本站没有对应的已发布内容。`],
  [
    /(\S+) names the same item as another address in this notice; list it once\./g,
    (url) => `${url} 与本通知中的另一网址指向同一内容，请只列一次。`,
  ],
  [
    /Too many messages from (your network|this email address) just now; please try again in (\d+) minutes?\./g,
    (from, minutes) =>
      `来自${from === 'your network' ? '您所在网络' : '此电子邮箱'}的消息过多，请 ${minutes} 分钟后再试。`,
  ],
]

/** One server message in the form's language. */
export function inLanguage(message: string, locale: Locale): string {
  if (locale !== 'zh') return message
  if (ZH[message]) return ZH[message]
  let text = message
  for (const [pattern, translate] of ZH_PATTERNS)
    text = text.replace(pattern, (_match, ...groups: string[]) => translate(...groups))
  // A field may carry several messages joined by a space (formErrorsFrom).
  return text.replace(/[^.!?。]+[.!?]/g, (sentence) => ZH[sentence.trim()] ?? sentence)
}

/** A refusal's messages in the form's language. */
export function problemIn<T extends { errors: Record<string, string>; formError?: string }>(
  problem: T,
  locale: Locale,
): T {
  return {
    ...problem,
    errors: Object.fromEntries(Object.entries(problem.errors).map(([k, v]) => [k, inLanguage(v, locale)])),
    formError: problem.formError === undefined ? undefined : inLanguage(problem.formError, locale),
  }
}

import type { Field } from 'payload'

// Every field of a contact request named in plain words, in both admin languages, in one place
// (Payload would otherwise show "Info Request", "Due At", "Sender Fingerprint"). Keyed by the
// field's path; the field definitions carry no labels of their own.

type Pair = { en: string; zh: string }

const LABELS: Record<string, Pair> = {
  kind: { en: 'Kind of request', zh: '请求类型' },
  status: { en: 'Status', zh: '状态' },
  reference: { en: 'Reference', zh: '编号' },
  assignee: { en: 'Handled by', zh: '处理人' },
  dueAt: { en: 'Next deadline', zh: '下一期限' },
  decisionDueAt: { en: 'Decision due by', zh: '决定期限' },
  infoRequest: { en: 'What is missing (sent to the notifier)', zh: '需补充的内容（发送给通知人）' },
  infoRequestedAt: { en: 'Information asked for on', zh: '要求补充材料的时间' },
  acknowledgedAt: { en: 'Receipt sent on', zh: '回执发送时间' },
  hiddenAt: { en: 'Content hidden on', zh: '内容隐藏时间' },
  autoHideWithheld: { en: 'Not hidden automatically', zh: '未自动隐藏' },
  anonymisedAt: { en: 'Personal data erased on', zh: '个人信息删除时间' },
  erasureRequestedAt: { en: 'Erasure asked for on', zh: '请求删除个人信息的时间' },
  closedAt: { en: 'Closed on', zh: '结案时间' },
  confirmedAt: { en: 'Confirmed by the notifier on', zh: '通知人确认时间' },
  senderFingerprint: { en: 'Sender’s network (keyed hash)', zh: '发送方网络（加密散列）' },
  reasons: { en: 'Statement of reasons', zh: '理由说明' },
  'reasons.scope': { en: 'Which content, and which parts', zh: '涉及的内容及部分' },
  'reasons.facts': { en: 'Facts and circumstances relied on', zh: '所依据的事实和情况' },
  'reasons.ground': { en: 'Ground', zh: '依据' },
  'reasons.groundDetail': { en: 'The law or term relied on', zh: '所依据的法律或条款' },
  'reasons.redress': { en: 'How to contest', zh: '如何申诉' },
  'reasons.automated': { en: 'Taken by the server on its own (automated)', zh: '由系统自动执行' },
  affectedParty: { en: 'Original source or author (where known)', zh: '内容来源或作者（如已知）' },
  'affectedParty.name': { en: 'Name', zh: '姓名或名称' },
  'affectedParty.email': { en: 'Email', zh: '电子邮箱' },
  'affectedParty.language': { en: 'Language of our emails', zh: '邮件语言' },
  evidence: { en: 'Evidence files', zh: '证明材料文件' },
  counterNotices: { en: 'Counter-notices', zh: '反通知' },
  decidedBy: { en: 'Decided by', zh: '决定人' },
  decidedAt: { en: 'Decided on', zh: '决定时间' },
  firstAction: { en: 'First decision', zh: '首次决定' },
  firstActionAt: { en: 'First decision on', zh: '首次决定时间' },
  autoClosedAt: { en: 'Closed by the server on', zh: '系统自动结案时间' },
  staffNotes: { en: 'Staff notes (never sent)', zh: '工作人员备注（不对外发送）' },
  auditTrail: { en: 'Audit trail', zh: '操作记录' },
  emailsSent: { en: 'Emails sent', zh: '已发送的邮件' },
  restoreAt: { en: 'Content returns on', zh: '内容恢复日期' },
  actionFiled: { en: 'Court action or complaint by the notifier', zh: '通知人已提起的诉讼或投诉' },
  actionFiledAt: { en: 'Action recorded on', zh: '诉讼或投诉登记时间' },
  name: { en: 'Name', zh: '姓名或名称' },
  email: { en: 'Email', zh: '电子邮箱' },
  language: { en: 'Language of our emails', zh: '邮件语言' },
  organization: { en: 'Organization', zh: '单位' },
  phone: { en: 'Phone', zh: '电话' },
  postalAddress: { en: 'Postal address', zh: '通讯地址' },
  subject: { en: 'Subject', zh: '主题' },
  message: { en: 'Message', zh: '留言' },
  pageUrl: { en: 'Page it is about', zh: '相关页面' },
  relationship: { en: 'Relationship to the right', zh: '与权利的关系' },
  authority: { en: 'Acting for whom, on what authority', zh: '代理或授权依据' },
  basis: { en: 'Ground of the notice', zh: '通知的理由' },
  urls: { en: 'Content concerned', zh: '涉及的内容' },
  'urls.url': { en: 'Address', zh: '网址' },
  'urls.title': { en: 'Title', zh: '标题' },
  'urls.targetCollection': { en: 'Kind of content', zh: '内容类型' },
  'urls.contentId': { en: 'Content ID', zh: '内容 ID' },
  'urls.links': { en: 'Open', zh: '打开' },
  elements: { en: 'Parts concerned', zh: '涉及的部分' },
  originalWork: { en: 'Original work or right claimed', zh: '原作品或主张的权利' },
  originalWorkUrl: { en: 'Where the original is', zh: '原作品网址' },
  explanation: { en: 'Why it infringes', zh: '侵权理由' },
  requestedAction: { en: 'What they ask us to do', zh: '要求采取的措施' },
  goodFaith: { en: 'Good-faith statement', zh: '善意声明' },
  accuracy: {
    en: 'Accurate and complete, authorised (under penalty of perjury)',
    zh: '准确完整并经授权（对真实性负责）',
  },
  signature: { en: 'Signature', zh: '签名' },
}

/** The fields with their labels from the table above; groups and arrays inside as well. */
export function labelled(fields: Field[], prefix = ''): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const label = LABELS[path]
    const inner = 'fields' in field && Array.isArray(field.fields) ? { fields: labelled(field.fields, path) } : {}
    return { ...field, ...inner, ...(label ? { label } : {}) } as Field
  })
}

import type { Field } from 'payload'

// Plain-word labels for a request's fields, in both admin languages (issue 16 §4: the screen read
// "Info Request", "Due At", "Info Requested At", "Url 01"). Applied by name, so the field lists
// stay about what each field does and who may write it.
const LABELS: Record<string, { en: string; zh: string }> = {
  kind: { en: 'Kind of request', zh: '请求类型' },
  status: { en: 'State', zh: '状态' },
  reference: { en: 'Reference', zh: '编号' },
  assignee: { en: 'Handled by', zh: '经办人' },
  dueAt: { en: 'Next deadline', zh: '下一期限' },
  decisionDueAt: { en: 'Decision due', zh: '决定期限' },
  infoRequest: { en: 'What is missing (sent to the notifier)', zh: '缺少的材料（发送给通知人）' },
  infoRequestedAt: { en: 'Information asked for on', zh: '要求补充材料时间' },
  acknowledgedAt: { en: 'Receipt sent on', zh: '回执发送时间' },
  hiddenAt: { en: 'Content hidden on', zh: '内容隐藏时间' },
  autoHideWithheld: { en: 'Not hidden automatically', zh: '未自动隐藏' },
  anonymisedAt: { en: 'Personal data erased on', zh: '个人信息删除时间' },
  erasureRequestedAt: { en: 'Erasure asked for on', zh: '申请删除个人信息时间' },
  closedAt: { en: 'Closed on', zh: '结案时间' },
  confirmedAt: { en: 'Email confirmed on', zh: '邮箱确认时间' },
  confirmationExpiresAt: { en: 'Confirmation link expires', zh: '确认链接失效时间' },
  senderFingerprint: { en: 'Sender fingerprint (hashed network address)', zh: '发送人指纹（网络地址摘要）' },
  reasons: { en: 'Statement of reasons', zh: '理由说明' },
  affectedParty: { en: 'Original source or author (where known)', zh: '原始来源或作者（如已知）' },
  evidence: { en: 'Evidence files', zh: '证明材料文件' },
  counterNotices: { en: 'Counter-notices', zh: '反通知' },
  decidedBy: { en: 'Decided by', zh: '决定人' },
  decidedAt: { en: 'Decided on', zh: '决定时间' },
  firstAction: { en: 'First decision', zh: '首次决定' },
  firstActionAt: { en: 'First decision on', zh: '首次决定时间' },
  autoClosedAt: { en: 'Closed automatically on', zh: '自动结案时间' },
  staffNotes: { en: 'Staff notes (internal)', zh: '内部备注' },
  name: { en: 'Name', zh: '姓名' },
  email: { en: 'Email', zh: '电子邮箱' },
  language: { en: 'Language of our emails', zh: '邮件语言' },
  organization: { en: 'Organization', zh: '单位' },
  phone: { en: 'Phone', zh: '电话' },
  postalAddress: { en: 'Postal address', zh: '通讯地址' },
  subject: { en: 'Subject', zh: '主题' },
  message: { en: 'Message', zh: '留言' },
  pageUrl: { en: 'Page it is about', zh: '相关页面' },
  relationship: { en: 'Relationship to the right', zh: '与权利的关系' },
  authority: { en: 'Acting for, and on what authority', zh: '代理对象及授权依据' },
  basis: { en: 'Ground of the notice', zh: '通知理由' },
  urls: { en: 'Content concerned', zh: '涉及的内容' },
  elements: { en: 'Which part', zh: '涉及的部分' },
  originalWork: { en: 'Original work or right claimed', zh: '原作品或主张的权利' },
  originalWorkUrl: { en: 'Where the original can be seen', zh: '原作品网址' },
  explanation: { en: 'Why it infringes', zh: '侵权理由' },
  requestedAction: { en: 'What they ask us to do', zh: '要求采取的措施' },
  goodFaith: { en: 'Good-faith statement', zh: '善意声明' },
  accuracy: { en: 'Accuracy statement', zh: '真实性声明' },
  signature: { en: 'Signature', zh: '签名' },
}

/** The fields with their plain-word labels (fields without one keep theirs). */
export const withPlainLabels = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && LABELS[field.name] ? ({ ...field, label: LABELS[field.name] } as Field) : field,
  )

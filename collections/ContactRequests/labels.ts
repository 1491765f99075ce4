import type { Field } from 'payload'

import { withChinese } from '../../src/model/vocabulary'
import { MESSAGE_LANGUAGES_ZH } from '../../src/takedown/messages/languages'
import { NOTICE_BASES_ZH, NOTICE_ELEMENTS_ZH, REQUESTED_ACTIONS_ZH } from '../../src/takedown/vocabulary'
import { REQUEST_STATUS_ZH } from '../../src/takedown/workflow'

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

// The choices of each menu in Chinese, by field path and value (the English is the option's own
// label). The same words as the Chinese forms and emails use.
const OPTIONS_ZH: Record<string, Record<string, string>> = {
  kind: { enquiry: '一般咨询', removal: '删除通知' },
  status: REQUEST_STATUS_ZH,
  language: MESSAGE_LANGUAGES_ZH,
  'affectedParty.language': MESSAGE_LANGUAGES_ZH,
  relationship: {
    rights_holder: '权利人本人',
    authorized_agent: '经授权的代理人',
    person_concerned: '内容涉及本人',
    authority_order: '法院或行政机关（裁判、决定或命令）',
    other: '其他',
  },
  basis: NOTICE_BASES_ZH,
  elements: NOTICE_ELEMENTS_ZH,
  requestedAction: REQUESTED_ACTIONS_ZH,
  'urls.targetCollection': { editions: '届次', organizations: '机构', pages: '页面', media: '媒体文件' },
  'reasons.ground': {
    law: '依据法律认定为违法内容（请写明法律）',
    terms: '不符合本站发布条款（请写明条款）',
    not_established: '未能认定侵权',
  },
  firstAction: REQUEST_STATUS_ZH,
}

// Each field's help text in Chinese, by path (the English is the field's own description).
const DESCRIPTIONS_ZH: Record<string, string> = {
  status: '只列出从已保存状态可以进行的操作；服务器会再次检查每一步。',
  dueAt: '决定期限（依据删除流程设置）。',
  decisionDueAt: '收到通知时按工作日确定的决定期限（删除流程设置）。',
  infoRequest: '需补充的内容。将请求改为"需补充材料"时必填；通知人会通过邮件收到。',
  autoHideWithheld: '内容在您作出决定前保持在线：该发送人已达到自动隐藏的次数上限。',
  senderFingerprint: '发送方 IP 地址的加密散列，用于识别重复滥用而不保存地址本身。',
  reasons: '作出决定（删除、修改、不予采取措施、恢复、滥用）时必填。措施由状态决定；您将被记录为决定人。',
  'reasons.scope': '决定涉及哪些内容及其哪些部分。',
  'reasons.facts': '所依据的事实和情况。',
  'reasons.groundDetail': '所依据的法律或发布条款。',
  'reasons.redress': '如何申诉；留空时按删除流程设置填写。',
  affectedParty: '发布或撰写该内容的人。填写邮箱后，"删除"或"修改"决定会向其发送提出反通知的邀请。',
  evidence: '通知人随通知提交的文件。',
  counterNotices: '内容被删除一方提交的反通知。如需恢复，请改为"已恢复"。',
  pageUrl: '留言所涉及的本站页面（如有）。',
  authority: '代理人填写：权利人及所依据的授权。',
  originalWork: '原作品或所主张的权利。',
  restoreAt: '由反通知设定，按删除流程设置的工作日计算。届时内容将恢复，除非此前在下方登记了诉讼或投诉。',
  actionFiled: '受理的法院或机关、案号（如有）以及通知人告知我们的时间。反通知后要继续保持删除（改为"已删除"）时必填。',
  auditTrail: '本请求的每一次变更、操作人及时间。记录永久保存，并以散列值前后链接。',
  emailsSent: '关于本请求发送的每一封邮件：时间、收件人、语言和主题。',
}

/** A field's admin settings with its help text in both languages, where the table above has it. */
function withDescription(field: Field, path: string): Partial<Field> {
  const admin = field.admin as { description?: unknown } | undefined
  const zh = DESCRIPTIONS_ZH[path]
  if (!zh || typeof admin?.description !== 'string') return {}
  return { admin: { ...admin, description: { en: admin.description, zh } } } as Partial<Field>
}

type Option = { label: unknown; value: string }

/** A menu's options with their Chinese beside the English, where the table above has them. */
function bilingual(options: readonly (Option | string)[], path: string): (Option | string)[] {
  const zh = OPTIONS_ZH[path]
  const labelled = (o: Option | string): o is { value: string; label: string } =>
    typeof o === 'object' && typeof o.label === 'string'
  if (!zh || !options.every(labelled)) return [...options]
  return withChinese(options, zh)
}

/** The fields with their labels from the tables above; groups, arrays and sections inside as well. */
export function labelled(fields: Field[], prefix = ''): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const label = LABELS[path]
    const inner = 'fields' in field && Array.isArray(field.fields) ? { fields: labelled(field.fields, path) } : {}
    const options =
      'options' in field && Array.isArray(field.options) ? { options: bilingual(field.options, path) } : {}
    return { ...field, ...inner, ...options, ...withDescription(field, path), ...(label ? { label } : {}) } as Field
  })
}

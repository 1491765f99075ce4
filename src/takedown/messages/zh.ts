import type { MessageContext, NotifierTemplates, Rendered } from './types'
import { localizePath } from '../../site/locales'
import { REQUESTED_ACTIONS_ZH } from '../vocabulary'

// Simplified Chinese versions of the notifier's messages. The vocabularies' labels are English
// in the admin; the Chinese names live here (the 410 page under /zh borrows the bases).

export const BASES: Record<string, string> = {
  copyright: '著作权',
  image: '肖像权或图片权利',
  personal_data: '个人信息',
  defamation: '名誉权',
  trademark: '商标权',
  factual_error: '事实错误',
  other: '其他',
}
const RELATIONSHIPS: Record<string, string> = {
  rights_holder: '权利人',
  authorized_agent: '权利人授权的代理人',
  person_concerned: '内容涉及的本人',
  authority_order: '法院或行政机关（裁判、决定或命令）',
  other: '其他',
}
const ACTIONS = REQUESTED_ACTIONS_ZH
const OUTCOMES: Record<string, string> = {
  removed: '已删除',
  edited: '已修改',
  declined: '不予采取措施',
  reinstated: '已恢复',
  abusive: '认定为滥用通知',
}
const MEASURES: Record<string, string> = {
  removed: '本站已停止展示该内容',
  edited: '保留内容，已补充署名或作出更正',
  declined: '未对内容采取任何措施',
  reinstated: '已恢复展示该内容',
  abusive: '通知被认定为滥用，未对内容采取措施',
}
const GROUNDS: Record<string, string> = {
  law: '依据法律认定为违法内容',
  terms: '不符合本站发布条款',
  not_established: '未能认定侵权',
}

const SIGN_OFF = ['', '博览会档案（Expo Archive）']
const lines = (...parts: (string | string[])[]) => parts.flat().join('\n')
const when = (iso: string | null | undefined, timeZone: string) =>
  iso
    ? `${new Date(iso).toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short', timeZone })}（${timeZone}）`
    : '尽快'

function copyOfSubmission({ request: r }: MessageContext): string[] {
  return [
    '--- 您提交的通知副本 ---',
    `编号：${r.reference}`,
    `姓名：${r.name}`,
    `电子邮箱：${r.email}`,
    `您与内容的关系：${RELATIONSHIPS[r.relationship ?? ''] ?? ''}`,
    `依据：${BASES[r.basis ?? ''] ?? ''}`,
    '涉及的内容：',
    ...(r.urls ?? []).map((u) => `  ${u.url}`),
    `原作品或主张的权利：${r.originalWork ?? ''}`,
    `说明：${r.explanation ?? ''}`,
    `要求的措施：${ACTIONS[r.requestedAction ?? ''] ?? ''}`,
    '--- 副本结束 ---',
  ]
}

const privacyNotice = ({ settings }: MessageContext) => [
  '隐私说明：您的姓名和联系方式仅用于处理本通知及相关的反通知。',
  `请求结案 ${settings.retentionMonths} 个月后，这些个人信息将被匿名化；通知及处理决定的匿名记录会保留，用于透明度报告。`,
  '如需提前删除，请回复本邮件并注明您的编号。',
]

export const zh: NotifierTemplates = {
  confirm: ({ request: r, link, settings }) => ({
    subject: `请确认您的删除通知 ${r.reference}`,
    text: lines(
      `${r.name}，您好：`,
      '',
      `我们收到了从此邮箱发出的删除通知（${BASES[r.basis ?? ''] ?? ''}），编号 ${r.reference}，涉及：`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      '在您确认之前，我们不会对内容采取任何措施。请打开以下链接确认：',
      link ?? '',
      '',
      `该链接在 ${settings.confirmationHours} 小时内有效。如果这不是您发出的通知，请忽略本邮件。`,
      SIGN_OFF,
    ),
  }),
  enquiryReceipt: ({ request: r }) => ({
    subject: `我们已收到您的留言 ${r.reference}`,
    text: lines(
      `${r.name}，您好：`,
      '',
      `感谢您就"${r.subject}"与我们联系。您的编号是 ${r.reference}，我们会回复到此邮箱。`,
      SIGN_OFF,
    ),
  }),
  receipt: (c) => ({
    subject: `删除通知回执 ${c.request.reference}`,
    text: lines(
      `${c.request.name}，您好：`,
      '',
      `感谢您确认删除通知。我们已收到并登记，编号为 ${c.request.reference}。`,
      '',
      '后续步骤：',
      `- 工作人员将核查通知是否完整；如缺少信息，我们会在 ${c.settings.triageBusinessDays} 个工作日内联系您。`,
      `- 我们将在 ${when(c.request.decisionDueAt, c.settings.timeZone)} 之前作出决定，并向您说明理由。`,
      '- 内容的发布者可能会获知本通知，并可提交反通知。',
      '',
      copyOfSubmission(c),
      '',
      privacyNotice(c),
      SIGN_OFF,
    ),
  }),
  needsInfo: ({ request: r, settings }) => ({
    subject: `关于您的通知 ${r.reference}，我们需要补充信息`,
    text: lines(
      `${r.name}，您好：`,
      '',
      `为处理您的通知 ${r.reference}，我们需要以下信息：`,
      '',
      r.infoRequest ?? '',
      '',
      `请在 ${when(r.dueAt, settings.timeZone)} 之前回复本邮件。逾期未回复的，通知将按撤回处理；您随时可以重新提交。`,
      SIGN_OFF,
    ),
  }),
  hidden: ({ request: r }) => ({
    subject: `审核期间相关内容已暂停展示 ${r.reference}`,
    text: lines(
      `${r.name}，您好：`,
      '',
      `在审核您的通知 ${r.reference} 期间，以下内容已暂停在本站展示：`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      '这是预防措施，并非最终决定，且系自动执行：按照本站规则，此类依据的通知一经确认，相关内容即在人工审核前暂停展示。我们会再次来信告知决定及理由。',
      SIGN_OFF,
    ),
  }),
  decision: ({ request: r }): Rendered => {
    return {
      subject: `关于您的删除通知 ${r.reference} 的决定：${OUTCOMES[r.status] ?? r.status}`,
      text: lines(
        `${r.name}，您好：`,
        '',
        `我们已就您的通知 ${r.reference} 作出决定。理由说明如下：`,
        '',
        statementOfReasons(r),
        '您可以在收到本邮件后 6 个月内对本决定提出申诉。',
        SIGN_OFF,
      ),
    }
  },
  counterNoticeInvitation: ({ request: r, siteUrl, settings }): Rendered => {
    const done = r.status === 'edited' ? '修改' : '删除'
    return {
      subject: `您发布的内容已在博览会档案中被${done}：您可以提出反通知（${r.reference}）`,
      text: lines(
        `${r.affectedParty?.name || '先生/女士'}，您好：`,
        '',
        `我们收到一份删除通知（${BASES[r.basis ?? ''] ?? ''}），经审核，已${done}以下内容。据我们了解，该内容来源于您：`,
        (r.urls ?? []).map((u) => `  ${u.url}`),
        '',
        '理由说明：',
        statementOfReasons(r),
        '',
        ...redactedNotice(r),
        '',
        '如果您善意地认为这是一个错误（您享有相关权利，或已获得许可），可以在 6 个月内通过以下链接提交反通知：',
        `${siteUrl}${localizePath(`/counter-notice?ref=${encodeURIComponent(r.reference ?? '')}`, 'zh')}`,
        '',
        r.status === 'edited'
          ? '工作人员将审核您的反通知。'
          : `我们会将反通知转送通知人；除非通知人在 ${settings.counterNoticeBusinessDays} 个工作日内告知我们已投诉或起诉，该内容将恢复展示。`,
        SIGN_OFF,
      ),
    }
  },
  reinstatementNotice: ({ request: r }) => ({
    subject: `您的通知 ${r.reference} 所涉内容已恢复`,
    text: lines(
      `${r.name}，您好：`,
      '',
      r.reasons?.automated
        ? `我们收到了针对您的通知 ${r.reference} 所涉内容的反通知。截至我们告知您的恢复日期，您未告知我们已向有关部门投诉或向人民法院起诉，因此以下内容已恢复展示：`
        : `我们收到了针对您的通知 ${r.reference} 所涉内容的反通知，经审核，以下内容已恢复展示：`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      '如您已经或将要就此内容向有关部门投诉或向人民法院起诉，请回复本邮件告知我们，我们将再次审核该内容。',
      SIGN_OFF,
    ),
  }),
  sourceHidden: ({ request: r, siteUrl, settings }): Rendered => ({
    subject: `您发布的内容在审核通知期间已在博览会档案暂停展示（${r.reference}）`,
    text: lines(
      `${r.affectedParty?.name || '先生/女士'}，您好：`,
      '',
      `一份涉及据我们了解来源于您的内容的删除通知（${BASES[r.basis ?? ''] ?? ''}）已经通知人确认。按照本站对此类通知的规则，以下内容已在审核前立即暂停展示：`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      '理由说明：',
      '措施：审核通知期间暂停展示该内容（预防措施，并非决定）',
      `地域范围：${TERRITORY}`,
      `期限：至我们作出决定时止，决定期限为 ${when(r.decisionDueAt, settings.timeZone)}`,
      `所依据的事实和情况：一份经通知人确认的${BASES[r.basis ?? ''] ?? ''}通知，通知内容见下文。`,
      `依据：本站发布条款：经确认的${BASES[r.basis ?? ''] ?? ''}通知所涉内容在审核期间暂停展示（下架设置）`,
      '决定人：自动化手段——通知确认时按规则自动暂停展示，事先未经人工审核。',
      '',
      ...redactedNotice(r),
      '',
      '如果您善意地认为该通知有误，现在即可提交反通知：',
      `${siteUrl}${localizePath(`/counter-notice?ref=${encodeURIComponent(r.reference ?? '')}`, 'zh')}`,
      SIGN_OFF,
    ),
  }),
  counterNoticeCopy: (c): Rendered => {
    const { request: r, settings } = c
    return {
      subject: `关于您的通知 ${r.reference} 的反通知：如您未采取行动，内容将于 ${day(r.restoreAt, settings.timeZone)} 恢复`,
      text: lines(
        `${r.name}，您好：`,
        '',
        `您的通知 ${r.reference} 所涉内容的提供者向我们提交了反通知（书面说明），认为该内容系因错误或误认而被删除。反通知副本附后。`,
        '',
        `我们将于 ${when(r.restoreAt, settings.timeZone)} 恢复该内容，除非在此之前您告知我们，您已就该内容向有关部门投诉或者向人民法院起诉。请回复本邮件，写明受理的法院或部门，以及案号（如有）。`,
        '',
        ...copyOfCounterNotice(c),
        SIGN_OFF,
      ),
    }
  },
  counterNoticeReceipt: ({ request: r, counterNotice: n, settings }): Rendered => ({
    subject: `我们已收到您关于 ${r.reference} 的反通知`,
    text: lines(
      `${n?.name ?? '先生/女士'}，您好：`,
      '',
      `我们已收到您针对通知 ${r.reference} 所删除内容的反通知，并已将副本转送通知人。`,
      `除非通知人在 ${when(r.restoreAt, settings.timeZone)} 之前告知我们已向有关部门投诉或向人民法院起诉，该内容届时将恢复展示。无论结果如何，我们都会再次来信。`,
      SIGN_OFF,
    ),
  }),
  counterNoticeOutcome: ({ request: r, counterNotice: n }): Rendered => {
    const restored = r.status === 'reinstated'
    return {
      subject: restored ? `您反通知所涉内容（${r.reference}）已恢复展示` : `您反通知所涉内容（${r.reference}）暂不恢复`,
      text: lines(
        `${n?.name ?? '先生/女士'}，您好：`,
        '',
        restored
          ? '根据您的反通知，以下内容已恢复展示：'
          : '通知人已告知我们，其已就该内容向有关部门投诉或向人民法院起诉，因此在有结果之前该内容暂不恢复：',
        (r.urls ?? []).map((u) => `  ${u.url}`),
        restored ? [] : ['', `通知人告知的情况：${r.actionFiled ?? ''}`],
        SIGN_OFF,
      ),
    }
  },
}

const TERRITORY = '全球：对所有访问者停止展示（中英文页面），并从搜索、网站地图和 API 中移除'
const DURATION: Partial<Record<string, string>> = {
  removed: '至内容恢复时止（经反通知或重新审核）；未设终止日期',
  counter_noticed: '至反通知确定的恢复日期止，除非通知人在此之前告知我们已投诉或起诉',
  edited: '长期：内容保留，但已更改',
}

/** 决定的理由说明，包含 DSA 第 17 条第 3 款 (a) 至 (f) 项的全部要素。 */
function statementOfReasons(r: MessageContext['request']): string[] {
  const s = r.reasons ?? {}
  const duration = DURATION[r.status]
  return [
    `措施：${MEASURES[r.status] ?? r.status}`,
    ...(duration
      ? [`地域范围：${r.status === 'edited' ? '全球：对所有访问者展示更改后的内容' : TERRITORY}`, `期限：${duration}`]
      : []),
    `范围：${s.scope ?? ''}`,
    `所依据的事实和情况：${s.facts ?? ''}`,
    `依据：${GROUNDS[s.ground ?? ''] ?? ''}${s.groundDetail ? `（${s.groundDetail}）` : ''}`,
    s.automated
      ? '决定人：本站系统在反通知确定的恢复日期自动执行（自动化措施），当日未经人工审核。'
      : '决定人：本站工作人员；未使用任何自动化手段。',
    `如何申诉：${s.redress ?? ''}`,
  ]
}

/** 转送内容提供者的通知（《信息网络传播权保护条例》第十五条；《民法典》第一千一百九十五条）：不含通知人的姓名和联系方式。 */
function redactedNotice(r: MessageContext['request']): string[] {
  return [
    '--- 通知内容（已隐去通知人的姓名和联系方式）---',
    `编号：${r.reference}`,
    `依据：${BASES[r.basis ?? ''] ?? ''}`,
    `通知人与内容的关系：${RELATIONSHIPS[r.relationship ?? ''] ?? ''}`,
    `原作品或主张的权利：${r.originalWork ?? ''}`,
    `说明：${r.explanation ?? ''}`,
    `要求采取的措施：${ACTIONS[r.requestedAction ?? ''] ?? ''}`,
    '--- 通知内容结束 ---',
  ]
}

/** 反通知副本，转送通知人（《信息网络传播权保护条例》第十六条）。 */
function copyOfCounterNotice({ request: r, counterNotice: n, settings }: MessageContext): string[] {
  if (!n) return []
  return [
    '--- 反通知副本 ---',
    `通知编号：${r.reference}`,
    `收到时间：${when(n.createdAt, settings.timeZone)}`,
    `姓名：${n.name}`,
    `地址：${n.address ?? n.contact ?? ''}`,
    `电话：${n.phone ?? ''}`,
    `涉及的内容及其位置：${n.material ?? ''}`,
    `认为删除有误的理由：${n.statement ?? ''}`,
    `初步证明材料：${n.evidence ?? ''}`,
    '声明人声明该内容系因错误或误认而被删除，对声明的真实性负责，同意接受法院管辖并接受您或您的代理人送达的法律文书。',
    `签名：${n.signature ?? ''}`,
    '--- 副本结束 ---',
  ]
}

const day = (iso: string | null | undefined, timeZone: string) =>
  iso ? new Date(iso).toLocaleDateString('zh-CN', { dateStyle: 'long', timeZone }) : '所告知的日期'

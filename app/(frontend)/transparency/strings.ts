import type { Locale } from '@/site/locales'
import { parsePeriod } from '@/takedown/transparency'

// Every string of the transparency page, per language.
const en = {
  title: 'Transparency report',
  intro:
    'What happened to the removal notices we received, per half-year. The figures are computed from our records each time this page is shown; nothing here is typed in by hand.',
  period: 'Half-year',
  show: 'Show',
  badPeriod: 'Choose a half-year such as 2026-H2.',
  downloads: 'Download these figures:',
  notices: 'Notices received (confirmed by their senders)',
  byBasis: 'By basis',
  byRelationship: 'By the sender’s relationship to the content',
  completeness: 'Completeness',
  complete: 'Complete when received',
  incomplete: 'We had to ask for missing information',
  outcomes: 'Outcomes',
  times: 'How long it took (hours)',
  timeColumns: ['', 'Notices', 'Median', '90th percentile'],
  timeLabels: {
    receiptToAcknowledgement: 'Receipt to acknowledgement',
    confirmationToHiding: 'Confirmation to hiding the content',
    receiptToDecision: 'Receipt to decision',
  } as Record<string, string>,
  outcomeLabels: {
    removed: 'Removed',
    edited: 'Edited (credit added or corrected)',
    declined: 'Declined',
    withdrawn: 'Withdrawn (or closed unanswered)',
    abusive: 'Rejected as abusive',
    reinstated: 'Reinstated after review',
    void: 'Void (content already gone)',
    pending: 'Still pending',
  } as Record<string, string>,
  reinstatements: 'Reinstatements',
  firstActions: 'First decision on each notice (a later decision does not erase it)',
  byGround: 'Decisions by ground',
  groundLabels: {
    law: 'Unlawful under the law named',
    terms: 'Against our publication terms',
    not_established: 'Not established (content stays)',
  } as Record<string, string>,
  automated: 'Automated measures',
  automatedNote:
    'Taken by rule, without a person: content hidden as soon as a copyright, image or personal-data notice is confirmed, pending review; requests closed when a request for information went unanswered; and content restored on the date a counter-notice set, when the notifier told us of no court action or complaint by then. Every other decision is taken by a member of staff.',
  hiddenOnConfirmation: 'Content hidden on confirmation, pending review',
  closedWithoutAnswer: 'Closed automatically, no answer to a request for information',
  automatedDecisions: 'Decisions taken automatically',
  unconfirmed: 'Notices received but never confirmed by their sender (not acted on)',
  // The report names its half-years in English itself.
  periodLabel: (key: string) => parsePeriod(key)?.label ?? key,
  counterNotices: 'Counter-notices',
  counterNoticeLabels: {
    received: 'Counter-notices received in the period',
    clockStarted: 'Notices whose content a counter-notice set a restoration date for',
    restoredOnDate: 'Restored on that date (no court action or complaint reported)',
    restoredEarly: 'Restored earlier by staff',
    keptAfterAction: 'Kept removed: the notifier went to court or to an authority',
    awaiting: 'Waiting for the restoration date',
  } as Record<string, string>,
  none: '—',
}

const zh: typeof en = {
  title: '透明度报告',
  intro: '我们每半年收到的删除通知及其处理结果。数据在每次显示本页时根据记录实时计算，无任何手工填写。',
  period: '半年度',
  show: '显示',
  badPeriod: '请选择半年度，例如 2026-H2。',
  downloads: '下载这些数据：',
  notices: '收到的通知（已经通知人确认）',
  byBasis: '按理由',
  byRelationship: '按通知人与内容的关系',
  completeness: '完整性',
  complete: '收到时即完整',
  incomplete: '我们曾要求补充信息',
  outcomes: '处理结果',
  times: '处理用时（小时）',
  timeColumns: ['', '通知数', '中位数', '第 90 百分位'],
  timeLabels: {
    receiptToAcknowledgement: '从收到到回执',
    confirmationToHiding: '从确认到删除或断开链接',
    receiptToDecision: '从收到到作出决定',
  },
  outcomeLabels: {
    removed: '已删除',
    edited: '已编辑（补充署名或更正）',
    declined: '未采纳',
    withdrawn: '已撤回（或未答复而结案）',
    abusive: '因滥用而驳回',
    reinstated: '经反通知审核后恢复',
    void: '无效（内容已不存在）',
    pending: '尚在处理',
  },
  reinstatements: '恢复',
  firstActions: '每份通知的首次决定（之后的决定不会抹去它）',
  byGround: '按依据统计的决定',
  groundLabels: {
    law: '依所列法律属违法',
    terms: '违反本站发布条款',
    not_established: '未能成立（内容保留）',
  },
  automated: '自动化措施',
  automatedNote:
    '依规则、无人参与而采取的措施：著作权、图像或个人信息通知一经确认即在审核期间隐藏相关内容；补充材料请求未获答复的请求自动结案；反通知确定的恢复日期届满、通知人未告知已投诉或起诉的，内容自动恢复。其他所有决定均由工作人员作出。',
  hiddenOnConfirmation: '确认后即隐藏、等待审核的内容',
  closedWithoutAnswer: '因未答复补充材料请求而自动结案',
  automatedDecisions: '自动作出的决定',
  unconfirmed: '已收到但发送人始终未确认的通知（未予处理）',
  periodLabel: (key: string) => {
    const [year, half] = key.split('-H')
    return `${year} 年${half === '1' ? '上半年（1–6 月）' : '下半年（7–12 月）'}`
  },
  counterNotices: '反通知',
  counterNoticeLabels: {
    received: '本期收到的反通知',
    clockStarted: '因反通知而确定恢复日期的通知',
    restoredOnDate: '到期自动恢复（通知人未告知已投诉或起诉）',
    restoredEarly: '由工作人员提前恢复',
    keptAfterAction: '继续删除：通知人已投诉或起诉',
    awaiting: '等待恢复日期',
  },
  none: '—',
}

export const transparencyTexts = (locale: Locale): typeof en => (locale === 'zh' ? zh : en)

import type { Locale } from '@/site/locales'

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
  automated: 'Automated decisions',
  automatedNone: 'None. Every decision is taken by a member of staff.',
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
  automated: '自动化决定',
  automatedNone: '无。所有决定均由工作人员作出。',
  none: '—',
}

export const transparencyTexts = (locale: Locale): typeof en => (locale === 'zh' ? zh : en)

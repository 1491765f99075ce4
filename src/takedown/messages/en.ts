import { DECISION_GROUNDS, MEASURE_BY_STATUS } from '../reasons'
import { labelOf, NOTICE_BASES, NOTIFIER_RELATIONSHIPS, REQUESTED_ACTIONS } from '../vocabulary'
import { REQUEST_STATUSES } from '../workflow'
import type { MessageContext, NotifierTemplates, Rendered } from './types'

const SIGN_OFF = ['', 'Expo Archive']
const lines = (...parts: (string | string[])[]) => parts.flat().join('\n')
const when = (iso: string | null | undefined, timeZone: string) =>
  iso
    ? `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone })} (${timeZone})`
    : 'soon'

/** The notice as filed, quoted back so the notifier keeps a copy of what they sent. */
function copyOfSubmission({ request: r }: MessageContext): string[] {
  return [
    '--- Your notice as we received it ---',
    `Reference: ${r.reference}`,
    `Name: ${r.name}`,
    `Email: ${r.email}`,
    `Your relationship to the content: ${labelOf(NOTIFIER_RELATIONSHIPS, r.relationship)}`,
    `Basis: ${labelOf(NOTICE_BASES, r.basis)}`,
    'Content concerned:',
    ...(r.urls ?? []).map((u) => `  ${u.url}`),
    `Original work or right claimed: ${r.originalWork ?? ''}`,
    `Explanation: ${r.explanation ?? ''}`,
    `Requested action: ${labelOf(REQUESTED_ACTIONS, r.requestedAction)}`,
    '--- end of copy ---',
  ]
}

export function privacyNotice({ settings }: MessageContext): string[] {
  return [
    'Privacy: we use your name and contact details only to handle this notice and any counter-notice about it.',
    `They are anonymised ${settings.retentionMonths} months after the request is closed; the anonymous record of the notice and our decision is kept for our transparency report.`,
    'You can ask us to delete them earlier by replying to this email with your reference.',
  ]
}

export const en: NotifierTemplates = {
  confirm: ({ request: r, link, settings }) => ({
    subject: `Please confirm your removal notice ${r.reference}`,
    text: lines(
      `Dear ${r.name},`,
      '',
      `We received a removal notice (${labelOf(NOTICE_BASES, r.basis)}) from this address, reference ${r.reference}, about:`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      'Nothing happens to the content until you confirm that you sent it. To confirm, open this link:',
      link ?? '',
      '',
      `The link works for ${settings.confirmationHours} hours. If you did not send this notice, ignore this email and nothing will happen.`,
      SIGN_OFF,
    ),
  }),
  enquiryReceipt: ({ request: r }) => ({
    subject: `We received your message ${r.reference}`,
    text: lines(
      `Dear ${r.name},`,
      '',
      `Thank you for writing to us about "${r.subject}". Your reference is ${r.reference}; we will reply to this address.`,
      SIGN_OFF,
    ),
  }),
  receipt: (c) => ({
    subject: `Receipt of your removal notice ${c.request.reference}`,
    text: lines(
      `Dear ${c.request.name},`,
      '',
      `Thank you for confirming your removal notice. We received it and registered it under reference ${c.request.reference}.`,
      '',
      'What happens next:',
      `- A member of staff checks that the notice is complete. If something is missing we will ask you within ${c.settings.triageBusinessDays} business day(s).`,
      `- We will decide by ${when(c.request.decisionDueAt, c.settings.timeZone)} and send you the decision with its reasons.`,
      '- The person who published the content may be told about the notice and may answer it with a counter-notice.',
      '',
      copyOfSubmission(c),
      '',
      privacyNotice(c),
      SIGN_OFF,
    ),
  }),
  needsInfo: ({ request: r, settings }) => ({
    subject: `We need more information about your notice ${r.reference}`,
    text: lines(
      `Dear ${r.name},`,
      '',
      `To decide on your notice ${r.reference} we need the following:`,
      '',
      r.infoRequest ?? '',
      '',
      `Please reply to this email by ${when(r.dueAt, settings.timeZone)}. If we hear nothing by then, the notice is closed as withdrawn; you can always send a new one.`,
      SIGN_OFF,
    ),
  }),
  hidden: ({ request: r }) => ({
    subject: `Content hidden while we review your notice ${r.reference}`,
    text: lines(
      `Dear ${r.name},`,
      '',
      `While we review your notice ${r.reference}, the following content is no longer shown on the site:`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      'This is a precaution, not a decision, and it was automatic: our rule hides content named in a confirmed notice on this basis at once, before anyone reviews it. We will write to you again with our decision and its reasons.',
      SIGN_OFF,
    ),
  }),
  decision: ({ request: r }): Rendered => {
    return {
      subject: `Decision on your removal notice ${r.reference}: ${labelOf(REQUEST_STATUSES, r.status)}`,
      text: lines(
        `Dear ${r.name},`,
        '',
        `We have decided on your notice ${r.reference}. Statement of reasons:`,
        '',
        statementOfReasons(r),
        'You can contest this decision within 6 months of receiving this email.',
        SIGN_OFF,
      ),
    }
  },
  counterNoticeInvitation: ({ request: r, siteUrl, settings }): Rendered => {
    return {
      subject: `Material you published was ${r.status === 'edited' ? 'changed' : 'removed'} on Expo Archive: you can answer (${r.reference})`,
      text: lines(
        `Dear ${r.affectedParty?.name || 'Sir or Madam'},`,
        '',
        `After a removal notice (${labelOf(NOTICE_BASES, r.basis)}), we ${r.status === 'edited' ? 'changed' : 'removed'} the following material, which we understand comes from you:`,
        (r.urls ?? []).map((u) => `  ${u.url}`),
        '',
        'Statement of reasons:',
        statementOfReasons(r),
        '',
        ...redactedNotice(r),
        '',
        'If you believe in good faith that this was a mistake (you hold the rights, or had permission), you can send us a counter-notice within 6 months:',
        `${siteUrl}/counter-notice?ref=${encodeURIComponent(r.reference ?? '')}`,
        '',
        r.status === 'edited'
          ? 'A member of staff reviews it.'
          : `We pass it on to the notifier; the material goes back on the site ${settings.counterNoticeBusinessDays} business days later unless they tell us of a court action or complaint first.`,
        SIGN_OFF,
      ),
    }
  },
  reinstatementNotice: ({ request: r }) => ({
    subject: `Content concerned by your notice ${r.reference} has been reinstated`,
    text: lines(
      `Dear ${r.name},`,
      '',
      r.reasons?.automated
        ? `We received a counter-notice about the content your notice ${r.reference} concerned. You had not told us of a court action or a complaint by the restoration date we gave you, so it is back on the site:`
        : `We received a counter-notice about the content your notice ${r.reference} concerned, and after review we have put it back on the site:`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      'If you have brought, or now bring, an action before a court or a complaint before a competent authority about this content, reply to this email and tell us: we will review the content again.',
      SIGN_OFF,
    ),
  }),
  sourceHidden: ({ request: r, siteUrl, settings }): Rendered => ({
    subject: `Material you published is hidden on Expo Archive while we review a notice (${r.reference})`,
    text: lines(
      `Dear ${r.affectedParty?.name || 'Sir or Madam'},`,
      '',
      `A removal notice (${labelOf(NOTICE_BASES, r.basis)}) about material we understand comes from you was confirmed by its sender. Under our rule for such notices, this content was hidden at once, before anyone reviewed it:`,
      (r.urls ?? []).map((u) => `  ${u.url}`),
      '',
      'Statement of reasons:',
      `Measure: Access to the content disabled while we review the notice (a precaution, not a decision)`,
      `Territorial scope: ${TERRITORY}`,
      `Duration: until our decision, due by ${when(r.decisionDueAt, settings.timeZone)}`,
      `Facts and circumstances relied on: a ${labelOf(NOTICE_BASES, r.basis).toLowerCase()} notice, confirmed by its sender; the notice is below.`,
      `Ground: our publication terms: content named in a confirmed ${labelOf(NOTICE_BASES, r.basis).toLowerCase()} notice is hidden pending review (takedown settings)`,
      'Decided by: automated means: hidden by rule on confirmation, without a person reviewing it first.',
      '',
      ...redactedNotice(r),
      '',
      'If you believe in good faith that the notice is mistaken, you can answer it now with a counter-notice:',
      `${siteUrl}/counter-notice?ref=${encodeURIComponent(r.reference ?? '')}`,
      SIGN_OFF,
    ),
  }),
  counterNoticeCopy: (c): Rendered => {
    const { request: r, settings } = c
    return {
      subject: `Counter-notice on your notice ${r.reference}: the content returns on ${day(r.restoreAt, settings.timeZone)} unless you act`,
      text: lines(
        `Dear ${r.name},`,
        '',
        `The person whose material your notice ${r.reference} concerned has sent us a counter-notice: they say it was removed by mistake or misidentification. A copy is below.`,
        '',
        `We will put the content back on the site on ${when(r.restoreAt, settings.timeZone)}, unless before then you tell us that you have brought a court action, or a complaint before a competent authority, about this material. Reply to this email with the court or authority and the case number if there is one.`,
        '',
        ...copyOfCounterNotice(c),
        SIGN_OFF,
      ),
    }
  },
  counterNoticeReceipt: ({ request: r, counterNotice: n, settings }): Rendered => ({
    subject: `We received your counter-notice on ${r.reference}`,
    text: lines(
      `Dear ${n?.name ?? 'Sir or Madam'},`,
      '',
      `We received your counter-notice about the content that notice ${r.reference} took down, and have sent a copy to the person who filed the notice.`,
      `The content goes back on the site on ${when(r.restoreAt, settings.timeZone)}, unless by then they tell us they have brought a court action or a complaint before a competent authority. We will write to you either way.`,
      SIGN_OFF,
    ),
  }),
  counterNoticeOutcome: ({ request: r, counterNotice: n }): Rendered => {
    const restored = r.status === 'reinstated'
    return {
      subject: restored
        ? `The content you asked about (${r.reference}) is back on the site`
        : `The content you asked about (${r.reference}) stays removed for now`,
      text: lines(
        `Dear ${n?.name ?? 'Sir or Madam'},`,
        '',
        restored
          ? 'After your counter-notice, this content is back on the site:'
          : 'The person who filed the notice has told us of a court action or a complaint before an authority about this content, so it stays removed until that is settled:',
        (r.urls ?? []).map((u) => `  ${u.url}`),
        restored ? [] : ['', `What they told us: ${r.actionFiled ?? ''}`],
        SIGN_OFF,
      ),
    }
  },
}

const TERRITORY = 'worldwide: withdrawn for every visitor, in both languages, and from search, the sitemap and the API'
const DURATION: Partial<Record<string, string>> = {
  removed: 'until the content is reinstated (after a counter-notice, or on a new review); no end date is set',
  counter_noticed:
    'until the restoration date a counter-notice set, unless the notifier tells us of a court action or complaint first',
  edited: 'permanent: the content stays online, changed',
}

/** A decision's statement of reasons, every element DSA 17(3) names (a) to (f). */
function statementOfReasons(r: MessageContext['request']): string[] {
  const s = r.reasons ?? {}
  const duration = DURATION[r.status]
  return [
    `Measure: ${MEASURE_BY_STATUS[r.status as keyof typeof MEASURE_BY_STATUS] ?? r.status}`,
    ...(duration
      ? [
          `Territorial scope: ${r.status === 'edited' ? TERRITORY.replace('withdrawn', 'changed') : TERRITORY}`,
          `Duration: ${duration}`,
        ]
      : []),
    `Scope: ${s.scope ?? ''}`,
    `Facts and circumstances relied on: ${s.facts ?? ''}`,
    `Ground: ${labelOf(DECISION_GROUNDS, s.ground)}${s.groundDetail ? ` (${s.groundDetail})` : ''}`,
    s.automated
      ? 'Decided by: our server, on the restoration date a counter-notice set (an automated measure); no person reviewed it on that day.'
      : 'Decided by: a member of our staff; no automated means were used.',
    `How to contest: ${s.redress ?? ''}`,
  ]
}

/**
 * The notice as passed to the person whose material it names (条例 15; Civil Code 1195(2)):
 * what is claimed and why, without the sender's name or contact details.
 */
function redactedNotice(r: MessageContext['request']): string[] {
  return [
    '--- The notice (the sender’s name and contact details withheld) ---',
    `Reference: ${r.reference}`,
    `Basis: ${labelOf(NOTICE_BASES, r.basis)}`,
    `Sender’s relationship to the content: ${labelOf(NOTIFIER_RELATIONSHIPS, r.relationship)}`,
    `Original work or right claimed: ${r.originalWork ?? ''}`,
    `Explanation: ${r.explanation ?? ''}`,
    `Requested action: ${labelOf(REQUESTED_ACTIONS, r.requestedAction)}`,
    '--- end of the notice ---',
  ]
}

/** The counter-notice as filed, for the notifier (DMCA 512(g)(2)(B); 条例 16: 转送). */
function copyOfCounterNotice({ request: r, counterNotice: n, settings }: MessageContext): string[] {
  if (!n) return []
  return [
    '--- The counter-notice as we received it ---',
    `Notice: ${r.reference}`,
    `Received: ${when(n.createdAt, settings.timeZone)}`,
    `Name: ${n.name}`,
    `Address: ${n.address ?? n.contact ?? ''}`,
    `Phone: ${n.phone ?? ''}`,
    `Material and where it was: ${n.material ?? ''}`,
    `Why they say the removal was a mistake: ${n.statement ?? ''}`,
    `Evidence: ${n.evidence ?? ''}`,
    'Stated under penalty of perjury that the material was removed by mistake or misidentification; consents to the jurisdiction of the courts and to accept service of process from you or your agent.',
    `Signature: ${n.signature ?? ''}`,
    '--- end of copy ---',
  ]
}

const day = (iso: string | null | undefined, timeZone: string) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone }) : 'the date given'

/** Staff are told of each confirmed notice at once, whatever its basis. */
export function staffNotice({ request: r, siteUrl, settings }: MessageContext): Rendered {
  return {
    subject: `New confirmed removal notice ${r.reference} (${labelOf(NOTICE_BASES, r.basis)})`,
    text: lines(
      `A removal notice was confirmed by its sender: ${r.reference}.`,
      `Basis: ${labelOf(NOTICE_BASES, r.basis)}; relationship: ${labelOf(NOTIFIER_RELATIONSHIPS, r.relationship)}.`,
      'Content concerned:',
      (r.urls ?? []).map((u) => `  ${u.url}`),
      `Next deadline: ${when(r.dueAt, settings.timeZone)}; decision due ${when(r.decisionDueAt, settings.timeZone)}.`,
      r.autoHideWithheld
        ? [`Not hidden automatically: ${r.autoHideWithheld} The content stays online until you decide.`]
        : [],
      `Open it: ${siteUrl}/admin/collections/contact-requests/${r.id}`,
    ),
  }
}

export function overdueDigest({ overdue = [], siteUrl, settings }: MessageContext): Rendered {
  return {
    subject: `Takedown: ${overdue.length} overdue request${overdue.length === 1 ? '' : 's'}`,
    text: lines(
      `These open requests are past their deadline (${settings.timeZone}):`,
      '',
      overdue.map(
        (r) =>
          `- ${r.reference} · ${labelOf(REQUEST_STATUSES, r.status)} · due ${when(r.dueAt, settings.timeZone)} · ${siteUrl}/admin/collections/contact-requests/${r.id}`,
      ),
    ),
  }
}

export function counterNotice({ request: r, siteUrl, settings }: MessageContext): Rendered {
  return {
    subject: `Counter-notice received on ${r.reference}`,
    text: lines(
      `The person whose material notice ${r.reference} took down says it was a mistake.`,
      r.status === 'counter_noticed'
        ? `The content returns by itself on ${when(r.restoreAt, settings.timeZone)}. Restore it earlier by moving the request to "Reinstated"; if the notifier tells you of a court action or complaint, record it and move the request to "Removed".`
        : 'Read the counter-notice on the request; to reinstate, move it to "Reinstated" with the facts. The notifier is told when you do.',
      `Open it: ${siteUrl}/admin/collections/contact-requests/${r.id}`,
    ),
  }
}

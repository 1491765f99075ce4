// Vocabularies of removal notices, defined once for the collection, the forms, the rules and the tests.
// (Statuses and their transitions live in ./workflow.ts.)

export { labelOf } from '../model/vocabulary'

export const NOTIFIER_RELATIONSHIPS = [
  { value: 'rights_holder', label: 'I hold the rights' },
  { value: 'authorized_agent', label: 'I act for the rights holder (authorized agent)' },
  { value: 'person_concerned', label: 'The content is about me' },
  // A court's or public authority's order (DSA 9 and 15(1)(a): reported as its own category).
  { value: 'authority_order', label: 'I act for a court or public authority (an order)' },
  { value: 'other', label: 'Other' },
] as const

export const NOTICE_BASES = [
  { value: 'copyright', label: 'Copyright' },
  { value: 'image', label: 'Image or portrait right' },
  { value: 'personal_data', label: 'Personal data' },
  { value: 'defamation', label: 'Defamation' },
  { value: 'trademark', label: 'Trademark' },
  { value: 'factual_error', label: 'Factual error' },
  { value: 'other', label: 'Other' },
] as const
export type NoticeBasis = (typeof NOTICE_BASES)[number]['value']

export const NOTICE_ELEMENTS = [
  { value: 'text', label: 'Text' },
  { value: 'image', label: 'Image' },
] as const

export const REQUESTED_ACTIONS = [
  { value: 'remove', label: 'Remove it' },
  { value: 'credit', label: 'Add a credit' },
  { value: 'correct', label: 'Correct it' },
] as const

// The same words in Chinese: the Chinese forms, the Chinese emails and the admin in Chinese.
export const NOTICE_BASES_ZH: Record<NoticeBasis, string> = {
  copyright: '著作权',
  image: '肖像权',
  personal_data: '个人信息',
  defamation: '名誉权（诽谤）',
  trademark: '商标权',
  factual_error: '事实错误',
  other: '其他',
}
export const NOTICE_ELEMENTS_ZH: Record<string, string> = { text: '文字', image: '图片' }
export const REQUESTED_ACTIONS_ZH: Record<string, string> = { remove: '删除', credit: '补充署名', correct: '更正' }

/** The collections whose items a notice can target. */
export const TAKEDOWN_COLLECTIONS = [
  { value: 'editions', label: 'Edition' },
  { value: 'organizations', label: 'Organization' },
  { value: 'pages', label: 'Page' },
  { value: 'media', label: 'Media file' },
] as const
export type TakedownCollection = (typeof TAKEDOWN_COLLECTIONS)[number]['value']

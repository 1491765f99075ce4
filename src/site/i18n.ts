import { localizePath, type Locale } from './locales'
import { routes } from './routes'
import { EDITION_FORMATS, HOST_ROLES, labelOf, ORGANIZATION_KINDS } from '../model/vocabulary'

// The site's own words in both languages. Content comes from the CMS; these are the frame around it.

const en = {
  home: 'Home',
  editions: 'Editions',
  organizations: 'Organizations',
  about: 'About',
  search: 'Search',
  skip: 'Skip to content',
  tagline: 'Smart China Expo, 2018–2022',
  language: 'Language',
  searchLabel: 'Search the archive',
  searchPlaceholder: 'Type and press Enter',
  dates: 'Dates',
  where: 'Where',
  format: 'Format',
  theme: 'Theme',
  annualTheme: 'Annual theme',
  notOnRecord: 'Not on record',
  openingDayOnly: ' (opening day; closing date not on record)',
  hostsAndParticipants: 'Hosts and participants',
  heldAlongside: 'Held alongside',
  programme: 'Programme',
  aboutEdition: 'About this edition',
  sources: 'Sources',
  otherEditions: 'Other editions',
  noEditions: 'No editions are published yet.',
  editionsLead: (n: number) => `${n} editions on record, from the first in-person expo to the online years.`,
  organizationsLead: 'Who hosted the expo, joined as a co-host, or took part in its programme.',
  notNamedYet: 'Not yet named in a published edition',
  noEditionListsIt: 'No published edition lists this organization yet.',
  officialWebsite: 'Official website',
  latestChanges: 'Latest changes',
  updated: 'updated',
  recurringTheme: 'Recurring theme',
  seeAllOrganizations: 'See every host organization',
  untranslated: 'Parts of this page have not been translated yet and are shown in English.',
  results: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”`,
  noMatch: (q: string) => `Nothing matches “${q}”.`,
  noMatchHelp: 'Check the spelling, use fewer words, or try one of these:',
  emptyQuery: 'What are you looking for?',
  emptyQueryHelp: 'Search by year, host, venue, city, theme or any word from the texts.',
  noWords: (q: string) => `We could not find any words in “${q}”.`,
  noWordsHelp: 'Try a name, a place or a year made of letters or digits.',
  browseEditions: 'Browse all editions',
  imageCredit: 'Photo',
  imageRights: 'Rights',
  imageSource: 'source',
  kind: { edition: 'Edition', organization: 'Organization', page: 'Page' },
  format_: (value: string) => labelOf(EDITION_FORMATS, value),
  role: (value: string) => labelOf(HOST_ROLES, value),
  orgKind: (value: string) => labelOf(ORGANIZATION_KINDS, value),
}

export type Dictionary = typeof en

const zh: Dictionary = {
  home: '首页',
  editions: '历届博览会',
  organizations: '机构',
  about: '关于',
  search: '搜索',
  skip: '跳到正文',
  tagline: '中国国际智能产业博览会，2018–2022',
  language: '语言',
  searchLabel: '搜索档案',
  searchPlaceholder: '输入后按回车',
  dates: '日期',
  where: '地点',
  format: '形式',
  theme: '主题',
  annualTheme: '年度主题',
  notOnRecord: '暂无记录',
  openingDayOnly: '（开幕日；闭幕日期暂无记录）',
  hostsAndParticipants: '主办与参与机构',
  heldAlongside: '同期活动',
  programme: '活动安排',
  aboutEdition: '本届概况',
  sources: '资料来源',
  otherEditions: '其他届次',
  noEditions: '尚无已发布的届次。',
  editionsLead: (n: number) => `共收录 ${n} 届，从首届线下展会到线上举办的年份。`,
  organizationsLead: '主办、新增联合主办或参与博览会活动的机构。',
  notNamedYet: '尚未出现在已发布的届次中',
  noEditionListsIt: '尚无已发布的届次列出该机构。',
  officialWebsite: '官方网站',
  latestChanges: '最近更新',
  updated: '更新于',
  recurringTheme: '历届主题',
  seeAllOrganizations: '查看全部主办机构',
  untranslated: '本页部分内容尚未翻译，暂以英文显示。',
  results: (n: number, q: string) => `“${q}”共有 ${n} 条结果`,
  noMatch: (q: string) => `没有与“${q}”匹配的内容。`,
  noMatchHelp: '请检查拼写、减少关键词，或试试以下内容：',
  emptyQuery: '您想找什么？',
  emptyQueryHelp: '可按年份、主办机构、场馆、城市、主题或正文中的任何词语搜索。',
  noWords: (q: string) => `“${q}”中没有可搜索的文字。`,
  noWordsHelp: '请输入名称、地点或年份。',
  browseEditions: '浏览全部届次',
  imageCredit: '图片',
  imageRights: '版权',
  imageSource: '来源',
  kind: { edition: '届次', organization: '机构', page: '页面' },
  format_: (value: string) => ({ offline: '线下', online: '线上', hybrid: '线上线下结合' })[value] ?? value,
  role: (value: string) =>
    ({ host: '主办', 'co-host': '联合主办', 'new-co-host': '新增联合主办', partner: '合作伙伴', participant: '参与' })[
      value
    ] ?? value,
  orgKind: (value: string) =>
    ({
      ministry: '国家部委',
      academy: '科学院／工程院',
      association: '协会',
      'local-government': '地方政府',
      'foreign-government': '外国政府',
      company: '企业',
      other: '其他',
    })[value] ?? value,
}

export function dictionary(locale: Locale): Dictionary {
  return locale === 'zh' ? zh : en
}

/** The route contract (routes.ts) in one language: every path under /zh for Chinese. */
export function routesFor(locale: Locale) {
  const l = (path: string) => localizePath(path, locale)
  return {
    home: () => l(routes.home()),
    editions: () => l(routes.editions()),
    edition: (year: number | string) => l(routes.edition(year)),
    organizations: () => l(routes.organizations()),
    organization: (slug: string) => l(routes.organization(slug)),
    page: (slug: string) => l(routes.page(slug)),
    search: (q?: string, page?: number) => l(routes.search(q, page)),
    removalRequest: (url: string) => l(routes.removalRequest(url)),
    counterNotice: (reference?: string) => l(routes.counterNotice(reference)),
    contact: () => l(routes.contact()),
  }
}

import { block, heading, richText } from './lexical'
import { localizePath } from '../site/locales'
// The Chinese side of the record: official Chinese names of the organizations and the venue,
// and summaries written for this archive. Left out here (programme items, bodies, concurrent
// events) falls back to English on the site, which says so.

const THEME = '智能化：为经济赋能，为生活添彩'

export const organizationsZh: Record<string, { name: string; country: string; description: string }> = {
  'ministry-of-science-and-technology': {
    name: '中华人民共和国科学技术部',
    country: '中国',
    description: '主管全国科技政策的国家部委。自2018年首届起担任智博会联合主办单位。',
  },
  'ministry-of-industry-and-information-technology': {
    name: '中华人民共和国工业和信息化部',
    country: '中国',
    description: '主管工业、通信业和信息化的国家部委。自2018年起担任联合主办单位。',
  },
  'chinese-academy-of-sciences': {
    name: '中国科学院',
    country: '中国',
    description: '国家自然科学最高学术机构。自2018年起担任联合主办单位，院士多次在博览会论坛上发言。',
  },
  'chinese-academy-of-engineering': {
    name: '中国工程院',
    country: '中国',
    description: '国家工程科学技术界最高荣誉性、咨询性学术机构。自2018年起担任联合主办单位。',
  },
  'china-association-for-science-and-technology': {
    name: '中国科学技术协会',
    country: '中国',
    description: '全国科学技术工作者的群众组织。自2018年起担任联合主办单位。',
  },
  'chongqing-municipal-peoples-government': {
    name: '重庆市人民政府',
    country: '中国',
    description: '博览会举办地重庆的市政府，历届均为主办单位之一。',
  },
  'national-development-and-reform-commission': {
    name: '国家发展和改革委员会',
    country: '中国',
    description: '国家宏观经济管理部门。2020年起成为新增联合主办单位。',
  },
  'cyberspace-administration-of-china': {
    name: '国家互联网信息办公室',
    country: '中国',
    description: '国家互联网信息内容主管部门。2020年起成为新增联合主办单位。',
  },
  'ministry-of-trade-and-industry-singapore': {
    name: '新加坡贸易与工业部',
    country: '新加坡',
    description: '新加坡主管贸易和工业的政府部门。2020年成为新增联合主办单位，当年线上智博会在新加坡设分会场。',
  },
  huawei: {
    name: '华为技术有限公司',
    country: '中国',
    description: '科技企业。其代表参加了2022年关于智慧城市建设的讨论。',
  },
  'changan-automobile': {
    name: '重庆长安汽车股份有限公司',
    country: '中国',
    description: '总部位于重庆的汽车制造企业。其代表参加了2022年关于智慧城市建设的讨论。',
  },
}

export const editionsZh: Record<
  number,
  { title: string; city: string; venue?: string; theme: string; annualTheme?: string; summary: string }
> = {
  2018: {
    title: '2018中国国际智能产业博览会',
    city: '重庆',
    theme: THEME,
    summary: '首届智博会在重庆举办三天，由两个国家部委、两院、中国科协和重庆市人民政府共同主办。',
  },
  2019: {
    title: '2019中国国际智能产业博览会',
    city: '重庆',
    venue: '重庆国际博览中心',
    theme: THEME,
    summary: '第二届智博会经党中央、国务院批准，在重庆国际博览中心举办四天，主办单位不变，国际化程度进一步提高。',
  },
  2020: {
    title: '2020线上中国国际智能产业博览会',
    city: '重庆',
    theme: THEME,
    summary: '新冠肺炎疫情期间在线上举办，新增三家联合主办单位，其中包括新加坡贸易与工业部，并在新加坡同步举办分会场。',
  },
  2021: {
    title: '2021中国国际智能产业博览会',
    city: '重庆',
    theme: THEME,
    summary: '以线上为主、线下严格控制规模，与中国—上海合作组织数字经济产业论坛同期举办，聚焦工业互联网和智能制造。',
  },
  2022: {
    title: '2022中国国际智能产业博览会',
    city: '重庆',
    theme: THEME,
    annualTheme: '智慧城市',
    summary: '2022年8月22日在重庆开幕，以线上方式举办，年度主题为“智慧城市”。',
  },
}

/** The legal pages in Chinese, whole: title, description and body, so no page falls back to English. */
export const pagesZh: Record<string, { title: string; description: string; body: ReturnType<typeof richText> }> = {
  about: {
    title: '关于本档案',
    description: '本档案是什么、收录哪些内容，以及资料的来源。',
    body: richText(
      '本档案记录中国国际智能产业博览会（智博会）——每年在重庆举办的智能技术盛会——从 2018 年首届到 2022 年的历届情况。',
      '每一届都列有举办日期、地点和形式、主题、主办单位和活动安排，并注明各项事实的来源。',
      heading('资料来源'),
      '除本站原创内容外，本站文章和图片收集自互联网及主流媒体，版权归原作者所有；如需申请删除，请参阅免责声明。',
      block('callToAction', {
        heading: '浏览历届博览会',
        text: '五届博览会，从首届线下展会到线上举办的年份。',
        linkLabel: '查看全部届次',
        linkUrl: localizePath('/editions', 'zh'),
      }),
    ),
  },
  'contact-us': {
    title: '联系我们',
    description: '如何联系本档案的维护者：提问、更正和删除申请。',
    body: richText(
      '欢迎提出问题、更正和建议。我们会阅读每一条留言，并通过电子邮件回复。',
      block('contactDetails', {
        heading: '给我们写信',
        note: '请使用表单，以便您的留言送达合适的人，并在答复前持续跟进。',
      }),
      block('callToAction', {
        heading: '发送留言',
        text: '一般问题和更正。',
        linkLabel: '打开联系表单',
        linkUrl: localizePath('/contact', 'zh'),
      }),
      block('callToAction', {
        heading: '申请删除内容',
        text: '如本站内容侵犯您的权利，请告诉我们涉及哪个页面及理由。',
        linkLabel: '提交删除通知',
        linkUrl: localizePath('/removal-request', 'zh'),
      }),
    ),
  },
  disclaimer: {
    title: '免责声明',
    description: '本站内容的来源，以及权利人如何申请删除。',
    body: richText(
      '除本站原创内容或另有说明外，本站文章和图片收集自互联网及主流媒体，版权归原作者和发布者所有。',
      '如您对本站发布的内容享有权利，或内容涉及您本人，且您认为不应在此发布，请通知我们。我们会审核每一份通知，可在核查期间删除或断开链接，并说明处理决定及理由。被删除内容的发布者可提交反通知（声明）。',
      block('callToAction', {
        heading: '申请删除',
        text: '请写明页面、涉及的资料和相关权利，并附初步证明材料；我们会通过电子邮件确认收到。',
        linkLabel: '提交删除通知',
        linkUrl: localizePath('/removal-request', 'zh'),
      }),
    ),
  },
}

import type { EditionFormat, HostRole } from '../model/vocabulary'

export type EditionSeed = {
  year: number
  title: string
  slug: string
  startDate: string
  endDate?: string
  venue?: string
  city: string
  format: EditionFormat
  theme: string
  annualTheme?: string
  hosts: { organization: string; role: HostRole }[]
  concurrentEvents: { name: string; location?: string; startDate?: string; endDate?: string; description?: string }[]
  activities: string[]
  summary: string
  body: string[]
}

const RECURRING_THEME = 'Smart Technology: Empowering the Economy, Enriching Life'

const FOUNDING_CO_HOSTS = [
  'ministry-of-science-and-technology',
  'ministry-of-industry-and-information-technology',
  'chinese-academy-of-sciences',
  'chinese-academy-of-engineering',
  'china-association-for-science-and-technology',
  'chongqing-municipal-peoples-government',
].map((organization) => ({ organization, role: 'co-host' as const }))

export const SOURCE = {
  title: 'Smart China Expo (2018–2022): history of the editions, as published on the expo website',
}

// Dates are the local dates in Chongqing. Where the source gives no end date or venue the
// field stays empty rather than guessed.
export const editions: EditionSeed[] = [
  {
    year: 2018,
    title: 'Smart China Expo 2018',
    slug: 'smart-china-expo-2018',
    startDate: '2018-08-23',
    endDate: '2018-08-25',
    city: 'Chongqing',
    format: 'offline',
    theme: RECURRING_THEME,
    hosts: FOUNDING_CO_HOSTS,
    concurrentEvents: [],
    activities: ['Conferences', 'Exhibitions', 'Competitions', 'Forums'],
    summary:
      'The first edition: three days in Chongqing, co-hosted by two national ministries, the two national academies, the national science association and the city government.',
    body: [
      'The inaugural expo set out to become a recognised international event for the intelligent industries, run to national standards and with a professional programme.',
      'Its programme combined conferences, exhibitions, competitions and forums, meant as a meeting place for organizations, companies and experts working on intelligent technology around the world.',
    ],
  },
  {
    year: 2019,
    title: 'Smart China Expo 2019',
    slug: 'smart-china-expo-2019',
    startDate: '2019-08-26',
    endDate: '2019-08-29',
    venue: 'Chongqing International Expo Center',
    city: 'Chongqing',
    format: 'offline',
    theme: RECURRING_THEME,
    hosts: FOUNDING_CO_HOSTS,
    concurrentEvents: [],
    activities: [],
    summary:
      'The second edition, approved at national level, ran four days at the Chongqing International Expo Center with the same six co-hosts and a stronger international programme.',
    body: [
      'The 2019 edition kept the recurring theme and the founding co-hosts, and was approved by the Party Central Committee and the State Council.',
      'Compared with the first year it put more weight on international participation and standards, new ways of organizing the exhibition, wider services, and more foreign visitors and exhibitors.',
    ],
  },
  {
    year: 2020,
    title: '2020 Online Smart China Expo',
    slug: '2020-online-smart-china-expo',
    startDate: '2020-09-15',
    endDate: '2020-09-17',
    city: 'Chongqing',
    format: 'online',
    theme: RECURRING_THEME,
    hosts: [
      ...FOUNDING_CO_HOSTS,
      { organization: 'national-development-and-reform-commission', role: 'new-co-host' },
      { organization: 'cyberspace-administration-of-china', role: 'new-co-host' },
      { organization: 'ministry-of-trade-and-industry-singapore', role: 'new-co-host' },
    ],
    concurrentEvents: [
      {
        name: 'Singapore sub-event',
        location: 'Singapore',
        startDate: '2020-09-15',
        endDate: '2020-09-17',
        description: 'A parallel programme held in Singapore alongside the online expo.',
      },
    ],
    activities: ['Opening ceremony and summit', 'Releases', 'Exhibitions', 'Forums', 'Competitions', 'Signings'],
    summary:
      'Held online during the COVID-19 pandemic, with three new co-hosts, among them Singapore’s Ministry of Trade and Industry, and a parallel sub-event in Singapore.',
    body: [
      'Also known as the 2020 Online SCE, this edition moved the expo onto the internet while epidemic control remained in force.',
      'Nine organizations co-hosted it: the six founding co-hosts plus the National Development and Reform Commission, the Cyberspace Administration of China and Singapore’s Ministry of Trade and Industry.',
      'The organizers stressed intelligent features, new exhibition concepts and interaction between online and offline audiences, with an opening ceremony and summit, product releases, exhibitions, forums, competitions and contract signings.',
    ],
  },
  {
    year: 2021,
    title: 'Smart China Expo 2021',
    slug: 'smart-china-expo-2021',
    startDate: '2021-08-23',
    endDate: '2021-08-25',
    city: 'Chongqing',
    format: 'hybrid',
    theme: RECURRING_THEME,
    hosts: [],
    concurrentEvents: [
      {
        name: 'China–SCO Digital Economy Industry Forum',
        location: 'Chongqing',
        startDate: '2021-08-23',
        endDate: '2021-08-25',
        description:
          'Forum on digital-economy cooperation with Shanghai Cooperation Organization countries, held at the same time as the expo.',
      },
    ],
    activities: [
      'Pre-expo activities',
      'Opening ceremony and main forum',
      'Exhibition',
      'Forum series',
      'Competition',
      'Releases',
      'Investment talks and signings',
      'Closing ceremony',
    ],
    summary:
      'Mainly online with a tightly limited in-person part, held alongside the China–SCO Digital Economy Industry Forum and focused on industrial internet and intelligent manufacturing.',
    body: [
      'The 2021 edition combined online and offline formats, with the emphasis online and the in-person scale strictly controlled.',
      'It concentrated on the industrial internet, intelligent manufacturing, industrial software and the renewal of industrial foundations, in line with national strategy and the plans of the Chongqing authorities.',
      'Its programme ran from pre-expo events through an opening ceremony and main forum to the exhibition, a forum series, a competition, releases, investment talks and signings, and a closing ceremony.',
    ],
  },
  {
    year: 2022,
    title: 'Smart China Expo 2022',
    slug: 'smart-china-expo-2022',
    startDate: '2022-08-22',
    city: 'Chongqing',
    format: 'online',
    theme: RECURRING_THEME,
    annualTheme: 'Smart City',
    hosts: [
      { organization: 'huawei', role: 'participant' },
      { organization: 'changan-automobile', role: 'participant' },
    ],
    concurrentEvents: [],
    activities: ['Online exhibitions', 'Forums', 'Project signings'],
    summary: 'Opened in Chongqing on 22 August 2022 and held online, with “Smart City” as the year’s focus.',
    body: [
      'The 2022 edition kept the recurring theme and added an annual theme, the smart city.',
      'Scientists of international standing, including Nobel and Turing Award laureates, academicians of both national academies and representatives of companies such as Huawei and Changan Automobile discussed new technology and trends in building smart cities.',
      'Online exhibitions, forums and project signings completed the programme.',
    ],
  },
]

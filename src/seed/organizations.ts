import type { OrganizationKind } from '../model/vocabulary'

export type OrganizationSeed = {
  slug: string
  name: string
  kind: OrganizationKind
  country: string
  website?: string
  description: string
}

// Every organization the source record names: the six founding co-hosts, the three that
// joined in 2020, and the companies named as taking part in 2022.
export const organizations: OrganizationSeed[] = [
  {
    slug: 'ministry-of-science-and-technology',
    name: 'Ministry of Science and Technology',
    kind: 'ministry',
    country: 'China',
    website: 'https://www.most.gov.cn',
    description:
      'The national ministry responsible for science and technology policy. A co-host of the expo since its first edition in 2018.',
  },
  {
    slug: 'ministry-of-industry-and-information-technology',
    name: 'Ministry of Industry and Information Technology',
    kind: 'ministry',
    country: 'China',
    website: 'https://www.miit.gov.cn',
    description:
      'The national ministry for industry, telecommunications and the information economy. A co-host since 2018.',
  },
  {
    slug: 'chinese-academy-of-sciences',
    name: 'Chinese Academy of Sciences',
    kind: 'academy',
    country: 'China',
    website: 'https://www.cas.cn',
    description:
      "China's national academy for the natural sciences. A co-host since 2018; its academicians have spoken at the expo's forums.",
  },
  {
    slug: 'chinese-academy-of-engineering',
    name: 'Chinese Academy of Engineering',
    kind: 'academy',
    country: 'China',
    website: 'https://www.cae.cn',
    description: "China's national academy of engineering. A co-host since 2018.",
  },
  {
    slug: 'china-association-for-science-and-technology',
    name: 'China Association for Science and Technology',
    kind: 'association',
    country: 'China',
    website: 'https://www.cast.org.cn',
    description: 'The national federation of scientific and technological societies. A co-host since 2018.',
  },
  {
    slug: 'chongqing-municipal-peoples-government',
    name: "Chongqing Municipal People's Government",
    kind: 'local-government',
    country: 'China',
    website: 'https://www.cq.gov.cn',
    description: 'The government of Chongqing, the city where the expo is held. A co-host of every edition on record.',
  },
  {
    slug: 'national-development-and-reform-commission',
    name: 'National Development and Reform Commission',
    kind: 'ministry',
    country: 'China',
    website: 'https://www.ndrc.gov.cn',
    description: "China's national economic planning agency. Joined the expo as a new co-host in 2020.",
  },
  {
    slug: 'cyberspace-administration-of-china',
    name: 'Cyberspace Administration of China',
    kind: 'ministry',
    country: 'China',
    website: 'https://www.cac.gov.cn',
    description: 'The national regulator for the internet and cyberspace. Joined as a new co-host in 2020.',
  },
  {
    slug: 'ministry-of-trade-and-industry-singapore',
    name: 'Ministry of Trade and Industry of Singapore',
    kind: 'foreign-government',
    country: 'Singapore',
    website: 'https://www.mti.gov.sg',
    description:
      "Singapore's ministry for trade and industry. Joined as a new co-host in 2020, the year the online expo ran a parallel sub-event in Singapore.",
  },
  {
    slug: 'huawei',
    name: 'Huawei',
    kind: 'company',
    country: 'China',
    website: 'https://www.huawei.com',
    description: 'Technology company. Its representatives took part in the 2022 discussions on building smart cities.',
  },
  {
    slug: 'changan-automobile',
    name: 'Changan Automobile',
    kind: 'company',
    country: 'China',
    website: 'https://www.changan.com.cn',
    description:
      'Chongqing-based carmaker. Its representatives took part in the 2022 discussions on building smart cities.',
  },
]

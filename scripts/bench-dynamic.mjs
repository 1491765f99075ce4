// The bench's rows for what is answered per request (issue 18): search with a realistic mix of
// queries, the public headless API (REST and GraphQL), and the staff's admin reads, each at 1, 10
// and 50 connections, with its target and whether this run met it. Used by scripts/bench.mjs.
import autocannon from 'autocannon'

/** Targets of issue 18, each at the concurrency it names. */
export const DYNAMIC_TARGETS = {
  search: { connections: 50, minRps: 1000, maxP99Ms: 100 },
  publicApi: { connections: 10, minRps: 1000, maxP99Ms: 50 },
  admin: { connections: 10, maxP99Ms: 150 },
}
const CONNECTIONS = [1, 10, 50]

/** A small deterministic generator (mulberry32), so every run asks the same mix. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Draws from `items` with Zipf weights (s = 1) over a shuffled order: a few very common, a long tail. */
export function zipfPicker(items, seed = 18) {
  const rand = random(seed)
  const order = [...items]
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const cumulative = []
  let total = 0
  for (let rank = 1; rank <= order.length; rank++) cumulative.push((total += 1 / rank))
  return () => {
    const x = rand() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < x) lo = mid + 1
      else hi = mid
    }
    return order[lo]
  }
}

const ENGLISH = (
  'chongqing smart china expo digital economy intelligence industry manufacturing robot forum summit ' +
  'online cloud data internet vehicle connected innovation technology singapore city transport health ' +
  'education finance blockchain chip software exhibition pavilion award partner government cooperation ' +
  'launch agreement signing investment platform service network research university youth contest'
).split(' ')
const CHINESE = (
  '重庆 智博会 智能 数字经济 大数据 人工智能 机器人 论坛 峰会 线上 云 制造 创新 科技 新加坡 展览 汽车 互联网 ' +
  '区块链 芯片 软件 合作 签约 投资 平台'
).split(' ')

/** ≥ 500 distinct searches: English and Chinese, one and two words, some that find nothing. */
export function searchQueries() {
  const queries = new Set()
  const rand = random(500)
  for (const word of [...ENGLISH, ...CHINESE]) queries.add(word)
  for (const year of [2018, 2019, 2020, 2021, 2022]) queries.add(String(year))
  while (queries.size < 420) {
    const pool = rand() < 0.7 ? ENGLISH : CHINESE
    const a = pool[Math.floor(rand() * pool.length)]
    const b = pool[Math.floor(rand() * pool.length)]
    if (a !== b) queries.add(pool === ENGLISH ? `${a} ${b}` : `${a}${b}`)
  }
  for (let i = 0; queries.size < 520; i++) queries.add(i % 2 ? `qzv${i}x` : `无此词${i}`) // no hits
  return [...queries].map((q) => `${rand() < 0.15 ? '/zh' : ''}/search?q=${encodeURIComponent(q)}`)
}

/** ~500 anonymous REST reads of the public collections: lists, pages of lists, single documents. */
export function publicApiPaths({ pages, organizations }) {
  const paths = []
  for (const collection of ['editions', 'organizations', 'pages'])
    for (let page = 1; page <= 20; page++) paths.push(`/api/${collection}?depth=0&limit=10&page=${page}`)
  for (let year = 2018; year <= 2022; year++) paths.push(`/api/editions?where[year][equals]=${year}&depth=1`)
  for (let i = 0; paths.length < 500; i++) {
    const [collection, ids] = i % 2 ? ['pages', pages] : ['organizations', organizations]
    paths.push(`/api/${collection}/${ids[i % ids.length]}?depth=0`)
  }
  return paths
}

/** ~100 anonymous GraphQL queries of the public collections, as a headless client asks them. */
export function graphqlBodies() {
  const bodies = []
  for (let page = 1; page <= 30; page++) {
    bodies.push({ query: `{ Organizations(limit: 10, page: ${page}) { docs { id name } totalDocs } }` })
    bodies.push({ query: `{ Pages(limit: 10, page: ${page}) { docs { id title slug } } }` })
  }
  for (let year = 2018; year <= 2022; year++)
    bodies.push({
      query: 'query Edition($year: Float) { Editions(where: { year: { equals: $year } }) { docs { title theme } } }',
      variables: { year },
    })
  for (let i = 0; bodies.length < 100; i++)
    bodies.push({ query: `{ countPages { totalDocs } Editions(limit: ${i + 1}) { docs { year } } }` })
  return bodies.map((body) => JSON.stringify(body))
}

function run(base, connections, seconds, { headers = {}, method = 'GET', pick }) {
  const requests = [
    {
      method,
      setupRequest: (req) => {
        const next = pick()
        return method === 'POST' ? { ...req, path: '/api/graphql', body: next } : { ...req, path: next }
      },
    },
  ]
  const allHeaders = method === 'POST' ? { 'content-type': 'application/json', ...headers } : headers
  return new Promise((resolve, reject) => {
    autocannon(
      { url: base, connections, headers: allHeaders, duration: seconds, timeout: 10, requests },
      (err, result) => (err ? reject(err) : resolve(result)),
    )
  })
}

/**
 * Measures each kind of dynamic read at 1, 10 and 50 connections and records a row for each,
 * with the target at its concurrency and met / not met. `kinds`: which rows (the seeded site has
 * no staff data to speak of).
 */
export async function measureDynamic({ base, seconds, settle, record, section, kinds, staff, ids }) {
  const mixes = {
    search: {
      name: 'search, Zipf mix of 520 queries (en/zh, 1–2 words, 15 % /zh, some no hits)',
      pick: zipfPicker(searchQueries()),
      target: DYNAMIC_TARGETS.search,
    },
    rest: {
      name: 'public API REST, anonymous, Zipf mix of 500 reads',
      pick: zipfPicker(publicApiPaths(ids)),
      target: DYNAMIC_TARGETS.publicApi,
    },
    graphql: {
      name: 'public API GraphQL, anonymous, Zipf mix of 100 queries',
      pick: zipfPicker(graphqlBodies()),
      method: 'POST',
      target: DYNAMIC_TARGETS.publicApi,
    },
    adminList: {
      name: 'admin list: open requests (staff)',
      pick: () =>
        '/api/contact-requests?depth=0&limit=10&sort=openRank,dueAt,createdAt&where[status][in]=received,needs_info,in_review',
      headers: staff,
      target: DYNAMIC_TARGETS.admin,
    },
    adminRead: {
      name: 'admin document read: a random request (staff)',
      pick: (() => {
        const rand = random(7)
        return () => `/api/contact-requests/${ids.requests[Math.floor(rand() * ids.requests.length)]}?depth=0`
      })(),
      headers: staff,
      target: DYNAMIC_TARGETS.admin,
    },
  }
  const verdicts = []
  for (const kind of kinds) {
    const mix = mixes[kind]
    for (const connections of CONNECTIONS) {
      await settle()
      const result = await run(base, connections, seconds, mix)
      const rps = result.requests.average
      const p99 = result.latency.p99
      const atTarget = connections === mix.target.connections
      const met = (mix.target.minRps === undefined || rps >= mix.target.minRps) && p99 < mix.target.maxP99Ms
      if (atTarget) verdicts.push({ name: `${section}: ${mix.name}`, met })
      const targetText = `${mix.target.minRps ? `≥ ${mix.target.minRps} req/s, ` : ''}p99 < ${mix.target.maxP99Ms} ms at ${mix.target.connections}`
      record(
        section,
        `${mix.name}, ${connections} connection${connections > 1 ? 's' : ''}`,
        `${rps.toFixed(0)} req/s, p50 ${result.latency.p50} / p99 ${p99} ms`,
        '',
        `${result.non2xx} non-2xx, ${result.errors} errors; target ${targetText}: ${atTarget ? (met ? '**met**' : '**not met**') : '—'}`,
      )
    }
  }
  return verdicts
}

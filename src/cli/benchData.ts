// `node scripts/run-ts.mjs src/cli/benchData.ts`: fills DATABASE_URL with generated records for
// `npm run bench` (scale section). Published pages and organizations go through the Local API,
// so they have versions, slugs and hooks like an editor's; the contact requests, which only the
// admin list reads, are bulk-inserted with the SQL adapter's own table definitions (SQL engines only).
//
//   BENCH_PAGES (5000)  BENCH_ORGANIZATIONS (2000)  BENCH_REQUESTS (100000)  BENCH_NOTICES (20)
//
// BENCH_NOTICES removal notices in review, one per page bench-page-1…N, wait for a staff decision
// (the removal → 410 freshness trials). They are written under the workflow's hooks, as if
// confirmed and taken into review, because the public intake needs a proof-of-work and an email.
import { randomBytes } from 'node:crypto'

import { getPayload, type Payload } from 'payload'

import { runCli } from './runCli'
import { env } from '../config/env'
import { richText } from '../seed/lexical'
import { contentKey } from '../takedown/resolveUrl'

const {
  BENCH_PAGES: PAGES,
  BENCH_ORGANIZATIONS: ORGANIZATIONS,
  BENCH_REQUESTS: REQUESTS,
  BENCH_NOTICES: NOTICES,
} = env()

// A fixed seed: every run generates the same records, so runs compare.
let state = 0x9e3779b9
function random(): number {
  state ^= state << 13
  state ^= state >>> 17
  state ^= state << 5
  return (state >>> 0) / 0x1_0000_0000
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

const PLACES = [
  'Chongqing',
  'Liangjiang',
  'Yuelai',
  'Chengdu',
  'Singapore',
  'Shanghai',
  'Shenzhen',
  'Xi’an',
  'Wuhan',
  'Guiyang',
]
const TOPICS = [
  'smart manufacturing',
  'big data',
  'artificial intelligence',
  'the industrial internet',
  'smart cities',
  'digital government',
  'intelligent vehicles',
  'cloud computing',
  'blockchain',
  'robotics',
  '5G networks',
  'smart healthcare',
]
const FORMATS = ['forum', 'summit', 'exhibition', 'competition', 'dialogue', 'workshop', 'signing ceremony']
const KINDS = [
  'ministry',
  'academy',
  'association',
  'local-government',
  'foreign-government',
  'company',
  'other',
] as const
const WORDS =
  'delegates presented results partners signed agreements projects investment research platform industry cooperation pilot zone application services data standards talent training innovation'.split(
    ' ',
  )

function sentence(): string {
  const words = Array.from({ length: 12 + Math.floor(random() * 10) }, () => pick(WORDS))
  return `In ${pick(PLACES)}, a ${pick(FORMATS)} on ${pick(TOPICS)}: ${words.join(' ')}.`
}

async function inBatches(total: number, label: string, create: (i: number) => Promise<unknown>) {
  const started = Date.now()
  for (let i = 0; i < total; i++) {
    await create(i)
    if ((i + 1) % 500 === 0 || i + 1 === total) {
      const rate = ((i + 1) / ((Date.now() - started) / 1000)).toFixed(0)
      process.stdout.write(`\r  ${label}: ${i + 1}/${total} (${rate}/s)`.padEnd(60))
    }
  }
  process.stdout.write('\n')
}

async function createPages(payload: Payload): Promise<(string | number)[]> {
  const ids: (string | number)[] = []
  await inBatches(PAGES, 'pages', async (i) => {
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: `${pick(PLACES)} ${pick(FORMATS)} on ${pick(TOPICS)} ${i + 1}`,
        slug: `bench-page-${i + 1}`,
        description: sentence().slice(0, 290),
        body: richText(sentence(), sentence(), sentence(), sentence()),
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    ids.push(page.id)
  })
  return ids
}

async function createNoticesInReview(payload: Payload, pageIds: (string | number)[]) {
  for (const [i, id] of pageIds.slice(0, NOTICES).entries()) {
    await payload.db.create({
      collection: 'contact-requests',
      data: {
        kind: 'removal',
        status: 'in_review',
        reference: `R-BENCH-${String(i + 1).padStart(4, '0')}`,
        name: 'Bench Rights Holder',
        email: `notice${i + 1}@example.test`,
        relationship: 'rights_holder',
        basis: 'trademark',
        urls: [
          {
            id: randomBytes(12).toString('hex'),
            url: `/bench-page-${i + 1}`,
            targetCollection: 'pages',
            contentId: String(id),
            key: contentKey('pages', id),
          },
        ],
        elements: ['text'],
        originalWork: 'A registered trademark used without permission in the page title.',
        explanation: 'The page uses our registered mark as if we had organised the event; we did not.',
        requestedAction: 'remove',
        goodFaith: true,
        accuracy: true,
        signature: 'Bench Rights Holder',
        openRank: 0,
        confirmedAt: new Date().toISOString(),
      },
    })
  }
  console.log(`  removal notices in review: ${Math.min(NOTICES, pageIds.length)}`)
}

async function createOrganizations(payload: Payload) {
  await inBatches(ORGANIZATIONS, 'organizations', (i) =>
    payload.create({
      collection: 'organizations',
      data: {
        name: `${pick(PLACES)} ${pick(TOPICS)} ${pick(['Institute', 'Association', 'Bureau', 'Group', 'Alliance'])} ${i + 1}`,
        slug: `bench-organization-${i + 1}`,
        kind: pick(KINDS),
        country: pick(['China', 'Singapore', 'Germany', 'Italy', 'Israel']),
        description: `${sentence()} ${sentence()}`,
        _status: 'published',
      },
      context: { disableRevalidate: true },
    }),
  )
}

const OPEN = ['received', 'needs_info', 'in_review'] as const
const CLOSED_REMOVAL = ['removed', 'edited', 'declined', 'withdrawn', 'abusive'] as const

type SqlAdapter = {
  drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}

async function insertContactRequests(payload: Payload) {
  const db = payload.db as unknown as Partial<SqlAdapter>
  const table = db.tables?.contact_requests
  if (!db.drizzle || !table) throw new Error('Generating contact requests needs a SQL database (SQLite or PostgreSQL).')
  const started = Date.now()
  const start = Date.parse('2024-01-01T00:00:00Z')
  for (let done = 0; done < REQUESTS;) {
    const rows = []
    for (const end = Math.min(REQUESTS, done + 1000); done < end; done++) {
      const removal = random() < 0.4
      const open = random() < 0.1
      const status = open ? pick(OPEN) : removal ? pick(CLOSED_REMOVAL) : 'answered'
      const created = new Date(start + Math.floor(random() * 2.5 * 365 * 86_400_000))
      rows.push({
        kind: removal ? 'removal' : 'enquiry',
        status,
        reference: `R-${created.getUTCFullYear()}-${String(done + 1).padStart(6, '0')}`,
        name: `Bench Sender ${done + 1}`,
        email: `sender${done + 1}@example.test`,
        subject: removal ? null : `Question about ${pick(TOPICS)}`,
        message: removal ? null : sentence(),
        basis: removal
          ? pick(['copyright', 'image', 'personal_data', 'defamation', 'trademark', 'factual_error', 'other'])
          : null,
        explanation: removal ? sentence() : null,
        openRank: open ? 0 : 1,
        dueAt: open ? new Date(created.getTime() + 5 * 86_400_000).toISOString() : null,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
      })
    }
    await db.drizzle.insert(table).values(rows)
    process.stdout.write(
      `\r  contact requests: ${done}/${REQUESTS} (${(done / ((Date.now() - started) / 1000)).toFixed(0)}/s)`.padEnd(60),
    )
  }
  process.stdout.write('\n')
}

runCli(async () => {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await createOrganizations(payload)
    await createNoticesInReview(payload, await createPages(payload))
    await insertContactRequests(payload)
  } finally {
    await payload.destroy()
  }
})

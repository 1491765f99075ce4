import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { CachePurgeFailures } from './collections/CachePurgeFailures'
import { ContactRequests } from './collections/ContactRequests'
import { CounterNotices } from './collections/CounterNotices'
import { Editions } from './collections/Editions'
import { Media } from './collections/Media'
import { Organizations } from './collections/Organizations'
import { Outbox } from './collections/Outbox'
import { Pages } from './collections/Pages'
import { TakedownAudit } from './collections/TakedownAudit'
import { TakedownEvidence } from './collections/TakedownEvidence'
import { TakedownMail } from './collections/TakedownMail'
import { TakedownSnapshots } from './collections/TakedownSnapshots'
import { Users } from './collections/Users'
import { TakedownSettings } from './globals/TakedownSettings'
import { startContentStampWatch } from './src/cache/contentStamp'
import { revalidateSiteEndpoint } from './src/cache/revalidateEndpoint'
import { adminTranslations } from './src/config/adminTranslations'
import { emailAdapter } from './src/config/email'
import { exportPlugin } from './src/config/exportPlugin'
import { livePreview } from './src/config/livePreview'
import { logger } from './src/config/logger'
import { resolvePayloadSecret } from './src/config/secret'
import { siteUrl } from './src/config/siteUrl'
import { storagePlugins } from './src/config/storage'
import { databaseAdapter } from './src/db/databaseAdapter'
import { prepareDatabase } from './src/db/prepareDatabase'
import { queryCostLimit } from './src/graphql/queryCost'
import { queryShapeLimit } from './src/graphql/queryLimits'
import { answerMalformedUploadWith400 } from './src/hooks/answerMalformedUploadWith400'
import { withWritesAnsweredWithoutFallback } from './src/hooks/answerWritesWithoutFallback'
import { guardWhereQueries } from './src/hooks/refuseIllTypedWhere'
import { jobs, startJobCrons } from './src/jobs'
import { CONTENT_LOCALES, DEFAULT_LOCALE } from './src/site/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: siteUrl(),
  secret: resolvePayloadSecret(),
  telemetry: false,
  // Refused requests (4xx) log one info line; server faults stay errors with their stack.
  logger,
  // Session cookies are honoured only on requests from the site's own origin (CSRF defence).
  csrf: [siteUrl()],
  cors: [siteUrl()],
  admin: {
    user: Users.slug,
    // Gravatar would make the admin fetch from the internet; nothing may leave the machine.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Expo Archive' },
    components: { beforeDashboard: ['@/admin/TakedownDashboard#TakedownDashboard'] },
    livePreview,
    // Times to the second: several saves in a minute (autosave every 2 s) must be told apart in
    // the versions list. date-fns format, as Payload reads it.
    dateFormat: 'd MMM yyyy, HH:mm:ss',
  },
  // Content in English and Simplified Chinese; a missing Chinese field shows the English one.
  localization: {
    locales: CONTENT_LOCALES.map(({ code, label }) => ({ code, label })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // The admin itself in English or Chinese, chosen per user (account menu) or from the browser.
  i18n: { supportedLanguages: { en, zh }, fallbackLanguage: 'en', translations: adminTranslations },
  collections: [
    Editions,
    Organizations,
    Pages,
    Media,
    ContactRequests,
    CounterNotices,
    TakedownAudit,
    TakedownEvidence,
    TakedownSnapshots,
    TakedownMail,
    Users,
    CachePurgeFailures,
    Outbox,
  ].map(withWritesAnsweredWithoutFallback),
  globals: [TakedownSettings],
  endpoints: [revalidateSiteEndpoint],
  hooks: { afterError: [answerMalformedUploadWith400] },
  editor: lexicalEditor(),
  email: emailAdapter(),
  jobs,
  db: databaseAdapter(),
  // Every collection (the export plugin's too, so it comes first) refuses a `where` that does not
  // fit its fields with a 400, not a database error.
  plugins: [...storagePlugins(), exportPlugin(), guardWhereQueries],
  sharp,
  // Types come from `npm run generate:types` (checked by test/int/generated-files.test.ts). Left on,
  // every non-production start (each test file, `npm start`'s migrate step) spawned a 215 MB
  // `payload generate:types` process that outlived it and rewrote the file in the background.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  // Depth and length are checked before a query runs: deep relationship chains multiply the work.
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    validationRules: (args) => [queryShapeLimit(), queryCostLimit(args.variableValues)],
  },
  onInit: async (payload) => {
    await prepareDatabase(payload)
    startJobCrons(payload)
    startContentStampWatch(payload)
  },
})

import { BlockList, isIPv4, isIPv6 } from 'node:net'

import { z } from 'zod'

// Every environment variable the app reads, read here and nowhere else (tests and the scripts
// in scripts/*.mjs aside; src/cache/redisCacheHandler.cjs is loaded by Next outside the
// TypeScript graph and says why it reads two variables itself). Numbers are parsed and checked;
// a bad value stops whatever asked with one line naming the variable. docs/deployment.md says
// what each one is for.
//
// Read on each call, not once at import: the test suites and the CLI set variables at run time
// (a test's own database, SMTP port, SEED_ON_INIT=false), and a parse of a few dozen strings is
// cheap next to anything that asks.

type RawEnv = Record<string, string | undefined>

/** Unset and empty mean the same: the default. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : value))

const refuse = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

/** A whole number in [min, max], or `fallback` when unset; `hint` finishes the one-line refusal. */
export type TrustProxy = 'loopback' | 'private' | 'all' | 'none' | string[]

/** An address or network in CIDR form (a bare address counts as a /32 or /128). */
function isCidr(text: string): boolean {
  const [address, prefix] = text.split('/')
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null
  if (!family) return false
  const bits = prefix === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefix)
  if (!Number.isInteger(bits) || bits < 0 || bits > (family === 'ipv4' ? 32 : 128)) return false
  try {
    new BlockList().addSubnet(address, bits, family)
    return true
  } catch {
    return false
  }
}

const wholeNumber = (name: string, fallback: number, hint: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback
    const value = Number(raw.trim())
    if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max) return refuse(ctx, `${name} is '${raw}'; ${hint}`)
    return value
  })

/** A count that overrides a built-in default only when set (the rate limits). */
const overrideCount = (name: string) =>
  optionalText.transform((raw, ctx) => {
    if (raw === undefined) return undefined
    if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < 1)
      return refuse(ctx, `${name} is '${raw}'; use a whole number of at least 1, or leave it unset for the default.`)
    return Number(raw)
  })

/** `true`/`false` style switches; anything else is refused rather than guessed. */
const onOff = (name: string) =>
  optionalText.transform((raw, ctx) => {
    if (raw === undefined) return undefined
    const value = raw.trim().toLowerCase()
    if (['true', '1', 'yes', 'on'].includes(value)) return true
    if (['false', '0', 'no', 'off'].includes(value)) return false
    return refuse(ctx, `${name} is '${raw}'; use true or false.`)
  })

const schema = z.object({
  NODE_ENV: optionalText,
  // Set by Vitest in its workers.
  VITEST: optionalText,
  PORT: wholeNumber('PORT', 3000, 'use a port number such as 3000.', 1, 65535),

  SITE_URL: optionalText,
  NEXT_PUBLIC_SITE_URL: optionalText,

  DATABASE_URL: optionalText,
  SEED_ON_INIT: onOff('SEED_ON_INIT'),
  SEED_ADMIN_EMAIL: optionalText,
  SEED_ADMIN_PASSWORD: optionalText,
  PAYLOAD_SECRET: z.string().optional(), // '' is a (refused) value here, not "unset": see ./secret.ts

  MEDIA_DIR: optionalText,
  EVIDENCE_DIR: optionalText,
  S3_BUCKET: optionalText,
  S3_REGION: optionalText,
  S3_ENDPOINT: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: onOff('S3_FORCE_PATH_STYLE'),

  SMTP_HOST: optionalText,
  SMTP_PORT: wholeNumber(
    'SMTP_PORT',
    587,
    'use a port number such as 587 (STARTTLS) or 465 (SMTP_SECURE=true).',
    1,
    65535,
  ),
  SMTP_SECURE: onOff('SMTP_SECURE'),
  SMTP_USER: optionalText,
  SMTP_PASS: z.string().optional(),
  EMAIL_FROM: optionalText,

  REDIS_URL: optionalText,
  REDIS_KEY_PREFIX: z.string().default('expo-archive:'),
  JOBS_AUTORUN: onOff('JOBS_AUTORUN'),

  // Whose X-Forwarded-For the limits believe: loopback (default), private, all, none, or a
  // comma-separated list of addresses/CIDRs (e.g. 10.0.3.0/24, fd00::/8).
  TRUST_PROXY: optionalText.transform((raw, ctx): TrustProxy => {
    const setting = (raw ?? '').trim().toLowerCase() || 'loopback'
    if (setting === 'loopback' || setting === 'private' || setting === 'all' || setting === 'none') return setting
    const networks = setting.split(/[\s,]+/).filter(Boolean)
    if (networks.every(isCidr)) return networks
    return refuse(
      ctx,
      `TRUST_PROXY must be loopback, private, all, none or a list of networks like 10.0.0.0/8 (got "${raw}")`,
    )
  }),
  PAGE_CACHE_MAX_AGE_MS: wholeNumber('PAGE_CACHE_MAX_AGE_MS', 250, 'use a number of milliseconds (0: off).'),
  CONFIRMED_COPY_MAX_AGE_MS: wholeNumber('CONFIRMED_COPY_MAX_AGE_MS', 60_000, 'use a number of milliseconds.'),
  TAKEDOWN_SNAPSHOT_MAX_AGE_MS: wholeNumber('TAKEDOWN_SNAPSHOT_MAX_AGE_MS', 500, 'use a number of milliseconds.'),
  CHALLENGE_MAX_NUMBER: wholeNumber(
    'CHALLENGE_MAX_NUMBER',
    200_000,
    'use a whole number from 1000 (the proof of work a browser does: more is slower for people and scripts alike).',
    1000,
  ),
  AUTO_HIDE_LIMIT_PER_SENDER: wholeNumber('AUTO_HIDE_LIMIT_PER_SENDER', 3, 'use a whole number of at least 1.', 1),
  AUTO_HIDE_LIMIT_PER_DOMAIN: wholeNumber('AUTO_HIDE_LIMIT_PER_DOMAIN', 20, 'use a whole number of at least 1.', 1),
  SUBMISSION_CONCURRENCY: wholeNumber('SUBMISSION_CONCURRENCY', 2, 'use a whole number of at least 1.', 1),
  SUBMISSION_LIMIT_PER_IP: overrideCount('SUBMISSION_LIMIT_PER_IP'),
  SUBMISSION_LIMIT_PER_IP_WITHOUT_SCRIPT: overrideCount('SUBMISSION_LIMIT_PER_IP_WITHOUT_SCRIPT'),
  SUBMISSION_LIMIT_PER_EMAIL: overrideCount('SUBMISSION_LIMIT_PER_EMAIL'),
  SUBMISSION_LIMIT_REQUESTS_PER_IP: overrideCount('SUBMISSION_LIMIT_REQUESTS_PER_IP'),
  GRAPHQL_LIMIT_PER_IP: overrideCount('GRAPHQL_LIMIT_PER_IP'),
  LOGIN_LIMIT_PER_IP: overrideCount('LOGIN_LIMIT_PER_IP'),

  // The bench data generator (npm run bench, src/cli/benchData.ts).
  BENCH_PAGES: wholeNumber('BENCH_PAGES', 5000, 'use a whole number.'),
  BENCH_ORGANIZATIONS: wholeNumber('BENCH_ORGANIZATIONS', 2000, 'use a whole number.'),
  BENCH_REQUESTS: wholeNumber('BENCH_REQUESTS', 100_000, 'use a whole number.'),
  BENCH_NOTICES: wholeNumber('BENCH_NOTICES', 20, 'use a whole number.'),
})

export type Env = z.infer<typeof schema>

/** The settings read from `source` (the process's environment by default); throws naming the first bad variable. */
export function readEnv(source: RawEnv = process.env): Env {
  const result = schema.safeParse(source)
  if (result.success) return result.data
  const [first, ...rest] = result.error.issues
  const more = rest.length ? ` (and ${rest.length} more)` : ''
  throw new Error(`${first.message}${more}`)
}

/** The process's settings, read now. */
export const env = (): Env => readEnv()

/** The site is served over HTTPS (secure cookies, HSTS): decided here only, from SITE_URL. */
export const servedOverHttps = (settings: Env = env()): boolean =>
  (settings.SITE_URL ?? settings.NEXT_PUBLIC_SITE_URL ?? '').startsWith('https://')

/**
 * The app runs inside Next's server (not a build, a script or a test). Next does not put
 * NEXT_RUNTIME in the environment of a server started in-process (src/server/main.ts); it writes
 * the value into the code it bundles wherever `process.env.NEXT_RUNTIME` is spelled out, so it is
 * read here spelled out. Read through env() it was always unset in that server, and the
 * scheduled takedown tasks' cron and the content stamp watch never started in production (found
 * in issue 18; test/e2e/freshness.test.ts fails if it breaks again).
 */
export const insideNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME)

/**
 * Sets a variable for this process, for the command-line tools that decide a setting for the
 * code they load (src/cli/prepare.ts: no seed on init while it seeds itself).
 */
export function setEnv(name: Exclude<keyof Env, 'NODE_ENV'>, value: string): void {
  process.env[name] = value
}

import { env } from './env'

/** The public address of the site, without a trailing slash. */
export function siteUrl(): string {
  const { SITE_URL, NEXT_PUBLIC_SITE_URL, PORT } = env()
  const fromEnv = SITE_URL || NEXT_PUBLIC_SITE_URL
  if (fromEnv) return fromEnv.replace(/\/+$/, '')
  return `http://localhost:${PORT}`
}

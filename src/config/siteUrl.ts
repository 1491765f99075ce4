/** The public address of the site, without a trailing slash. */
export function siteUrl(): string {
  const fromEnv = process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL
  if (fromEnv) return fromEnv.replace(/\/+$/, '')
  return `http://localhost:${process.env.PORT || 3000}`
}

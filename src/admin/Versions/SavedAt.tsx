'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'

/**
 * A time in the admin's date format (to the second), in the reader's own time zone, as Payload's
 * own cells show it; with `href`, a link to that version's compare view.
 */
export function SavedAt({ date, href }: { date: string; href?: string }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = formatDate({ date, i18n, pattern: config.admin.dateFormat })
  if (!href) return <time dateTime={date}>{text}</time>
  return (
    <Link href={href} prefetch={false}>
      <time dateTime={date}>{text}</time>
    </Link>
  )
}

'use client'
import { Link, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { CaseFileTranslationKey } from '../config/adminTranslations'

type Snapshot = { id: number | string; takenAt: string }

/**
 * Under each address a removal notice names: the content on the site, the same item in the
 * admin, and the snapshot the server kept when the notice first hid it (src/takedown/snapshots.ts).
 */
export function NoticeAddressLinks({ path }: { path: string }) {
  const row = path.slice(0, path.lastIndexOf('.'))
  const url = useFormFields(([fields]) => fields[`${row}.url`]?.value) as string | undefined
  const collection = useFormFields(([fields]) => fields[`${row}.targetCollection`]?.value) as string | undefined
  const contentId = useFormFields(([fields]) => fields[`${row}.contentId`]?.value) as string | undefined
  const { id: requestId } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t: translate } = useTranslation()
  const t = translate as (key: CaseFileTranslationKey | string) => string
  const [snapshot, setSnapshot] = useState<Snapshot | null | undefined>(undefined)

  useEffect(() => {
    if (!requestId || !collection || !contentId) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[request][equals]': String(requestId),
      'where[key][equals]': `${collection}:${contentId}`,
      sort: '-takenAt',
      limit: '1',
      depth: '0',
      'select[takenAt]': 'true',
    })
    fetch(`${config.routes.api}/takedown-snapshots?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((found: { docs: Snapshot[] }) => setSnapshot(found.docs[0] ?? null))
      .catch(() => {})
    return () => controller.abort()
  }, [requestId, collection, contentId, config.routes.api])

  if (!url) return null
  const adminRoute = config.routes.admin
  return (
    <p className="notice-address-links" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.25rem' }}>
      <a href={url} target="_blank" rel="noreferrer">
        {t('custom:addressOnSite')}
      </a>
      {collection && contentId ? (
        <Link href={formatAdminURL({ adminRoute, path: `/collections/${collection}/${contentId}` })} prefetch={false}>
          {t('custom:addressInAdmin')}
        </Link>
      ) : null}
      {snapshot ? (
        <Link
          href={formatAdminURL({ adminRoute, path: `/collections/takedown-snapshots/${snapshot.id}` })}
          prefetch={false}
        >
          {t('custom:addressSnapshot')} (
          {formatDate({ date: snapshot.takenAt, i18n, pattern: config.admin.dateFormat })})
        </Link>
      ) : snapshot === null ? (
        <span>{t('custom:addressNoSnapshot')}</span>
      ) : null}
    </p>
  )
}

import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import { type DocumentViewServerProps, Forbidden } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { SavedAt } from './SavedAt'
import { scheduledChanges, versionRows, type VersionRow } from './versionRows'
import type { EditorialCollection } from '../../access/publicContent'
import type { EditorialTranslationKey } from '../../config/adminTranslations'

/**
 * The Versions tab of editions, organizations and pages, in place of Payload's: each version
 * with the time it was saved (to the second), its status, and who saved it. Payload's own list
 * has no author column and its columns cannot be extended, so this view reads the `savedBy`
 * copy each version carries. It keeps Payload's classes for the same look and links each row to
 * Payload's compare view.
 */
export async function VersionsView({ initPageResult, hasPublishedDoc }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return notFound()
  const collection = collectionConfig.slug as EditorialCollection
  const t = req.i18n.t as (key: EditorialTranslationKey | string, vars?: Record<string, unknown>) => string
  // Someone who may not read versions gets Payload's "not found", as from its own view.
  const rows = await versionRows(req, collection, docID, hasPublishedDoc).catch((error: unknown) => {
    if (error instanceof Forbidden) return notFound()
    throw error
  })
  const scheduled = await scheduledChanges(req, collection, docID)
  const adminRoute = req.payload.config.routes.admin
  const versionHref = (row: VersionRow) =>
    formatAdminURL({ adminRoute, path: `/collections/${collection}/${docID}/versions/${row.id}` })
  const plural = collectionConfig.labels?.plural
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collection}
        id={docID}
        pluralLabel={typeof plural === 'function' ? plural({ i18n: req.i18n, t: req.i18n.t }) : plural}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={t('version:versions')}
      />
      <main className="versions">
        <Gutter className="versions__wrap">
          <p>{t('custom:versionsIntro')}</p>
          {scheduled.map((change) => (
            <p key={change.at + change.action} data-scheduled={change.action}>
              {t('custom:versionScheduled', {
                action: t(
                  change.action === 'publish' ? 'custom:versionScheduledPublish' : 'custom:versionScheduledUnpublish',
                ),
              })}{' '}
              <SavedAt date={change.at} />
            </p>
          ))}
          {rows.length === 0 ? (
            <div className="versions__no-versions">{t('version:noFurtherVersionsFound')}</div>
          ) : (
            <div className="table">
              <table cellPadding={0} cellSpacing={0}>
                <thead>
                  <tr>
                    <th>{t('custom:versionSavedAt')}</th>
                    <th>{t('version:status')}</th>
                    <th>{t('custom:versionSavedBy')}</th>
                    <th>{t('version:versionID')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={row.id} className={`row-${i + 1}`} data-version-id={row.id}>
                      <td>
                        <SavedAt date={row.savedAt} href={versionHref(row)} />
                      </td>
                      <td data-status={row.status}>{statusText(row, t)}</td>
                      <td title={row.savedBy ? undefined : t('custom:versionSystemHint')}>
                        {row.savedBy ?? t('custom:versionSystem')}
                      </td>
                      <td>
                        <code>{row.id}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Gutter>
      </main>
    </>
  )
}

function statusText(row: VersionRow, t: (key: string) => string): string {
  const parts = [t(row.status === 'published' ? 'version:published' : 'version:draft')]
  if (row.autosave) parts.push(t('version:autosave'))
  if (row.onSite) parts.push(t('custom:versionOnSite'))
  if (row.latest) parts.push(t('custom:versionLatest'))
  return parts.join(' · ')
}

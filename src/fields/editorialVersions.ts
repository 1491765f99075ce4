import type { CollectionConfig, Endpoint, PayloadHandler } from 'payload'

import type { EditorialCollection } from '../access/publicContent'
import type { EditorialTranslationKey } from '../config/adminTranslations'

/**
 * Versions for the public content: drafts saved as the editor types (autosave), older versions
 * kept for compare and restore, and publish/unpublish on a date through the jobs queue.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    // Autosave writes the draft only; the public site still reads the published version.
    autosave: { interval: 2000 },
    schedulePublish: true,
    // A draft is checked like a published document. Besides catching a missing title early, this
    // is what stops Payload's "Create New" from storing an empty draft the moment the form opens
    // (it pre-creates one only when drafts skip validation), so leaving the form leaves nothing
    // behind; autosave takes over once the editor has saved once.
    validate: true,
  },
  maxPerDoc: 50,
}

/** The Versions tab with who saved each version (src/admin/Versions). */
export const editorialVersionsView = { Component: '@/admin/Versions/VersionsView#VersionsView' }

const PUBLISHED: EditorialTranslationKey = 'custom:published'

/**
 * Payload answers a publish with "Updated successfully" (or "… successfully created"), the same
 * words as any save, and the admin shows that answer as its toast; only drafts get their own
 * ("Draft saved successfully"). These endpoints sit in front of Payload's create and update (a
 * collection's own endpoints are matched first), let Payload's handler do all the work, and
 * change only the message when the saved document is published.
 */
export function publishedMessageEndpoints(slug: EditorialCollection): Endpoint[] {
  const inFrontOf = (method: 'patch' | 'post', path: string): Endpoint => ({
    method,
    path,
    // Marks ours, so the search below finds Payload's even if the config was copied.
    custom: { inFrontOfPayload: true },
    handler: async (req) => {
      const payloads = req.payload.collections[slug]?.config.endpoints || []
      const own = payloads.find((e: Endpoint) => e.method === method && e.path === path && !e.custom?.inFrontOfPayload)
      if (!own) throw new Error(`Payload's ${method.toUpperCase()} ${path} endpoint for ${slug} is missing`)
      const response = await (own.handler as PayloadHandler)(req)
      const draft = req.searchParams.get('draft') === 'true' || req.searchParams.get('autosave') === 'true'
      if (!response.ok || draft) return response
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { doc?: { _status?: string } } | null
      if (body?.doc?._status !== 'published') return response
      const headers = new Headers(response.headers)
      headers.delete('content-length')
      const message = (req.t as (key: string) => string)(PUBLISHED)
      return Response.json({ ...body, message }, { status: response.status, headers })
    },
  })
  return [inFrontOf('patch', '/:id'), inFrontOf('post', '/')]
}

'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In the admin's live preview frame: when the editor's draft is saved (autosave every 2 s), the
 * admin posts a message and this re-renders the page on the server with the new draft.
 * Only messages from this site's own origin (where the admin lives) are listened to.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}

'use client'
import { useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { HOST_ROLES } from '../model/vocabulary'

// Array rows in the edit view, named by what they hold instead of "Host 01", "Host 02".
// An empty row keeps a numbered name so the editor can still tell rows apart. `row-label` is the
// class Payload gives its own labels, for the same look.

const numbered = (noun: string, rowNumber?: number) => `${noun} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`

/** Organization name and role, e.g. "Chongqing Municipal People's Government · Host". */
export function HostRowLabel() {
  const { data, rowNumber } = useRowLabel<{
    organization?: number | string | { name?: string } | null
    role?: string
  }>()
  const ref = data?.organization
  const [name, setName] = useState<string | null>(typeof ref === 'object' && ref ? (ref.name ?? null) : null)
  useEffect(() => {
    if (typeof ref !== 'number' && typeof ref !== 'string') return
    const controller = new AbortController()
    fetch(`/api/organizations/${ref}?depth=0&draft=true&select[name]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((org: { name?: string } | null) => setName(org?.name ?? null))
      .catch(() => {})
    return () => controller.abort()
  }, [ref])
  const role = HOST_ROLES.find((r) => r.value === data?.role)?.label
  if (!name)
    return (
      <span className="row-label">
        {role ? `${numbered('Host', rowNumber)} · ${role}` : numbered('Host', rowNumber)}
      </span>
    )
  return <span className="row-label">{role ? `${name} · ${role}` : name}</span>
}

/** Rows with a name: activities, concurrent events. */
export function NamedRowLabel() {
  const { data, rowNumber } = useRowLabel<{ name?: string | null }>()
  return <span className="row-label">{data?.name?.trim() || numbered('Item', rowNumber)}</span>
}

/** Sources by title, else by address. */
export function SourceRowLabel() {
  const { data, rowNumber } = useRowLabel<{ title?: string | null; url?: string | null }>()
  return <span className="row-label">{data?.title?.trim() || data?.url?.trim() || numbered('Source', rowNumber)}</span>
}

/** The addresses a removal notice names: the address, and the title it resolved to. */
export function AddressRowLabel() {
  const { data, rowNumber } = useRowLabel<{ title?: string | null; url?: string | null }>()
  const url = data?.url?.trim()
  if (!url) return <span className="row-label">{numbered('Address', rowNumber)}</span>
  return <span className="row-label">{data?.title?.trim() ? `${url} · ${data.title.trim()}` : url}</span>
}

import type { FieldHook, TextField } from 'payload'

import { hasAnyRole, nobody } from '../access'

/**
 * Who made this save, as the team knew them then (name, else email). Payload keeps no author on
 * a version, so the value rides along in every version's copy of the document and the Versions
 * view can say who saved each one. A save with no signed-in person (a scheduled publish, the
 * takedown workflow, the seed) records none: the view says "system" rather than guessing.
 */
const recordWhoSaved: FieldHook = ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users') return null
  return (typeof user.name === 'string' && user.name.trim()) || user.email || null
}

/** Added to the collections with versions (editions, organizations, pages). */
export const savedByField: TextField = {
  name: 'savedBy',
  type: 'text',
  label: 'Last saved by',
  // Team names are not for the public API; only the server writes it.
  access: { read: hasAnyRole, create: nobody, update: nobody },
  hooks: { beforeChange: [recordWhoSaved] },
  admin: { position: 'sidebar', readOnly: true },
}

import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account, made on Payload's first-user screen, must be able to manage the
 * site; without this it would get the default role and nobody could add an admin.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}

import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A request being deleted takes the content snapshots it caused with it, as retention does: the copied
 * material may itself be someone's personal data. Before the delete: afterwards the SQL adapters
 * have already cleared the snapshots' link to it.
 */
export const deleteSnapshots: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'takedown-snapshots',
    where: { request: { equals: id } },
    overrideAccess: true,
    req,
  })
}

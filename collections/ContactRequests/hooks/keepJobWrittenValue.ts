import type { FieldHook } from 'payload'

/**
 * For the fields the email jobs write straight to a request while it may be open in the admin:
 * when the receipt went out (acknowledgedAt) and the confirmation link's token. An update writes
 * the whole document as it was read at its start, so a job that wrote in between would have its
 * value put back to the old one (a lost acknowledgement, seen under load). Unless this update
 * sets the field itself, the stored value is read again here, just before the write.
 */
export const keepJobWrittenValue: FieldHook = async ({ context, field, operation, originalDoc, req, value }) => {
  const name = 'name' in field ? field.name : undefined
  if (operation !== 'update' || !originalDoc?.id || !name) return value
  if (value !== (originalDoc as Record<string, unknown>)[name]) return value
  // One read per update, shared by the fields that use this hook.
  const key = `storedRequest:${originalDoc.id}`
  context[key] ??= req.payload.db.findOne({
    collection: 'contact-requests',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  const stored = (await context[key]) as Record<string, unknown> | null
  return stored && name in stored ? stored[name] : value
}

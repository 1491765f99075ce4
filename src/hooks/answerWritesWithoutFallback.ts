import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/**
 * A save over REST or GraphQL answers with the document as stored in the saved locale, with no
 * English standing in for untranslated fields. The admin's Publish button asks without
 * `fallback-locale=null` (Save draft sends it) and then adopts the answer as the form's state,
 * so the next save stored the English text as the Chinese version: payloadcms/payload#16303
 * (related #11712, #15664). Tripwire: test/int/admin-locale-publish.test.ts. When it fails,
 * upstream sends the parameter and this hook can go.
 *
 * Reads keep Payload's fallback (`localization.fallback`): turning that off also leaves requests
 * without a `locale` with none at all, which Payload's query validation does not survive.
 */
export const answerWritesWithoutFallback: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.payloadAPI !== 'local') req.fallbackLocale = false
  return args
}

/** Adds the hook above to a collection, ahead of its own. */
export function withWritesAnsweredWithoutFallback(collection: CollectionConfig): CollectionConfig {
  const own = collection.hooks?.beforeOperation ?? []
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [answerWritesWithoutFallback, ...own] } }
}

import { BulkImportForm } from './BulkImportForm'
import { writesContent } from '../../access'

/** Above the editions and organizations lists, for editors and admins: import a CSV or JSON file. */
export function BulkImportPanel({ collection, user }: { collection: 'editions' | 'organizations'; user?: unknown }) {
  if (!writesContent(user)) return null
  return <BulkImportForm collection={collection} />
}

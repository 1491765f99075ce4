import { BulkImportForm } from './BulkImportForm'
import { isContentEditor } from '../../access'
import type { RoleHolder } from '../../access/roles'

/** Above the editions and organizations lists, for editors and admins: import a CSV or JSON file. */
export function BulkImportPanel({ collection, user }: { collection: 'editions' | 'organizations'; user?: RoleHolder }) {
  if (!isContentEditor({ user })) return null
  return <BulkImportForm collection={collection} />
}

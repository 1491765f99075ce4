import type { CollectionConfig } from 'payload'

import { hiddenUnlessRequestHandler, isAdmin, isRequestHandler, nobody } from '../../src/access'
import { evidenceDir } from '../../src/config/paths'
import { cleanUploadFilename } from '../../src/hooks/cleanUploadFilename'
import { EVIDENCE_TYPES } from '../../src/takedown/evidence'

/**
 * Files a notifier sends with a removal notice (licences, originals, IDs). Personal and often
 * confidential, so only staff and admins can read them; Payload checks that read access before
 * serving a file, so their URLs answer 403 to everyone else. Kept as sent: nobody edits them.
 */
export const TakedownEvidence: CollectionConfig = {
  slug: 'takedown-evidence',
  labels: {
    singular: { en: 'Evidence file', zh: '证明材料文件' },
    plural: { en: 'Evidence files', zh: '证明材料文件' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'notice', 'createdAt'],
    hidden: hiddenUnlessRequestHandler,
  },
  access: { create: isRequestHandler, read: isRequestHandler, update: nobody, delete: isAdmin },
  hooks: { beforeOperation: [cleanUploadFilename] },
  upload: { staticDir: evidenceDir(), mimeTypes: [...EVIDENCE_TYPES] },
  fields: [{ name: 'notice', type: 'relationship', relationTo: 'contact-requests', required: true, index: true }],
}

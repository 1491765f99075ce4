import type { CollectionConfig } from 'payload'

import { isContentEditor, visibleMediaOrTeam } from '../../src/access'
import { mediaDir } from '../../src/config/paths'
import { optionalHttpUrl } from '../../src/fields/validators'
import { cleanUploadFilename } from '../../src/hooks/cleanUploadFilename'
import { revalidatePublicSiteHooks } from '../../src/hooks/revalidateOnChange'
import { takedownField } from '../../src/fields/takedown'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'rightsHolder'] },
  access: {
    read: visibleMediaOrTeam,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  hooks: { ...revalidatePublicSiteHooks, beforeOperation: [cleanUploadFilename] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf'],
    focalPoint: true,
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, maxLength: 300, admin: { description: 'Describes the image for people who cannot see it.' } },
    { name: 'credit', type: 'text', maxLength: 300, admin: { description: 'Author or photographer, shown under the image.' } },
    { name: 'source', type: 'text', maxLength: 2000, validate: optionalHttpUrl, admin: { description: 'Where the file was obtained.' } },
    { name: 'rightsHolder', type: 'text', maxLength: 300 },
    takedownField,
  ],
}

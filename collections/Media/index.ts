import type { CollectionConfig } from 'payload'

import { isContentEditor, visibleMediaOrTeam } from '../../src/access'
import { mediaDir } from '../../src/config/paths'
import { takedownField } from '../../src/fields/takedown'
import { optionalHttpUrl } from '../../src/fields/validators'
import { cleanUploadFilename } from '../../src/hooks/cleanUploadFilename'
import { revalidatePublicSiteHooks } from '../../src/hooks/revalidateOnChange'
import { IMAGE_SIZES } from '../../src/site/imageSizes'
import { retireNoticeTargets } from '../../src/takedown/deletedTargets'

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
  hooks: {
    ...revalidatePublicSiteHooks,
    beforeOperation: [cleanUploadFilename],
    afterDelete: [...revalidatePublicSiteHooks.afterDelete, retireNoticeTargets],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf'],
    // Smaller copies (made with sharp; Payload skips a size wider than the original) so the site can offer a
    // srcset; each is cropped around the editor's focal point when the aspect ratio changes.
    imageSizes: IMAGE_SIZES.map(({ name, width }) => ({ name, width })),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // An SVG is a document that could run script if opened on its own at our origin (Payload
    // already sends `script-src 'none'` with it, and uploads with script are refused): offered
    // as a download when opened directly, it still shows inside <img> (issue 19).
    modifyResponseHeaders: ({ headers }) => {
      if (headers.get('Content-Type')?.startsWith('image/svg+xml')) headers.set('Content-Disposition', 'attachment')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Describes the image for people who cannot see it.' },
    },
    // The site republishes images from elsewhere: who made it and who holds the rights are shown under every image.
    {
      name: 'credit',
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: { description: 'Author or photographer, shown under the image.' },
    },
    {
      name: 'source',
      type: 'text',
      maxLength: 2000,
      validate: optionalHttpUrl,
      admin: { description: 'Where the file was obtained.' },
    },
    {
      name: 'rightsHolder',
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: {
        description: 'Who owns the copyright (a newspaper, an agency, the photographer), shown under the image.',
      },
    },
    takedownField,
  ],
}

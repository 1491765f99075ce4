import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access'
import { CallToActionBlock } from '../../src/blocks/CallToAction/config'
import { ContactDetailsBlock } from '../../src/blocks/ContactDetails/config'
import { editorialVersions, editorialVersionsView, publishedMessageEndpoints } from '../../src/fields/editorialVersions'
import { savedByField } from '../../src/fields/savedBy'
import { slugField } from '../../src/fields/slug'
import { RESERVED_PAGE_SLUGS } from '../../src/fields/slug'
import { takedownField } from '../../src/fields/takedown'
import { revalidatePublicSiteHooks } from '../../src/hooks/revalidateOnChange'
import { retireNoticeTargets } from '../../src/takedown/deletedTargets'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    components: { views: { edit: { versions: editorialVersionsView } } },
  },
  access: editorialAccess('pages'),
  versions: editorialVersions,
  hooks: { ...revalidatePublicSiteHooks, afterDelete: [...revalidatePublicSiteHooks.afterDelete, retireNoticeTargets] },
  endpoints: publishedMessageEndpoints('pages'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField('title', {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
          return 'Use lower-case letters, digits and single hyphens, e.g. "about".'
        }
        return RESERVED_PAGE_SLUGS.includes(value)
          ? `"${value}" is already a section of the site; choose another address.`
          : true
      },
    }),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'One or two sentences for search engines and link previews.' },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({ blocks: [CallToActionBlock, ContactDetailsBlock] }),
        ],
      }),
    },
    takedownField,
    savedByField,
  ],
}

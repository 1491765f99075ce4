import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access'
import { importEndpoint } from '../../src/bulkImport/importEndpoint'
import { editorialVersions, editorialVersionsView, publishedMessageEndpoints } from '../../src/fields/editorialVersions'
import { savedByField } from '../../src/fields/savedBy'
import { slugField } from '../../src/fields/slug'
import { takedownField } from '../../src/fields/takedown'
import { optionalHttpUrl } from '../../src/fields/validators'
import { revalidatePublicSiteHooks } from '../../src/hooks/revalidateOnChange'
import { ORGANIZATION_KINDS } from '../../src/model/vocabulary'
import { retireNoticeTargets } from '../../src/takedown/deletedTargets'

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: 'Organization', plural: 'Organizations' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', '_status'],
    components: {
      beforeListTable: [
        { path: '@/admin/BulkImport/BulkImportPanel#BulkImportPanel', clientProps: { collection: 'organizations' } },
      ],
      views: { edit: { versions: editorialVersionsView } },
    },
  },
  defaultSort: 'name',
  access: editorialAccess('organizations'),
  versions: editorialVersions,
  hooks: { ...revalidatePublicSiteHooks, afterDelete: [...revalidatePublicSiteHooks.afterDelete, retireNoticeTargets] },
  endpoints: [importEndpoint('organizations'), ...publishedMessageEndpoints('organizations')],
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'other', options: [...ORGANIZATION_KINDS] },
        { name: 'country', type: 'text', localized: true, maxLength: 100 },
      ],
    },
    { name: 'website', type: 'text', maxLength: 500, validate: optionalHttpUrl },
    { name: 'description', type: 'textarea', localized: true, maxLength: 4000 },
    {
      // Derived from editions' host lists so a hosting role is typed once, on the edition.
      name: 'hostedEditions',
      type: 'join',
      collection: 'editions',
      on: 'hosts.organization',
      defaultSort: 'year',
      admin: { description: 'Editions that list this organization as a host; edit them on the edition.' },
    },
    takedownField,
    savedByField,
  ],
}

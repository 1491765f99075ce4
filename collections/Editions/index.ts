import type { CollectionConfig } from 'payload'

import { endDateNotBeforeStart } from './validators'
import { editorialAccess } from '../../src/access'
import { importEndpoint } from '../../src/bulkImport/importEndpoint'
import { editorialVersions, editorialVersionsView, publishedMessageEndpoints } from '../../src/fields/editorialVersions'
import { savedByField } from '../../src/fields/savedBy'
import { slugField } from '../../src/fields/slug'
import { takedownField } from '../../src/fields/takedown'
import { optionalHttpUrl, requiredInDefaultLocale } from '../../src/fields/validators'
import { revalidatePublicSiteHooks } from '../../src/hooks/revalidateOnChange'
import { EDITION_FORMATS, HOST_ROLES } from '../../src/model/vocabulary'
import { retireNoticeTargets } from '../../src/takedown/deletedTargets'

export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: 'Edition', plural: 'Editions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['year', 'title', 'format', 'startDate', '_status'],
    description: 'One record per expo year.',
    components: {
      beforeListTable: [
        { path: '@/admin/BulkImport/BulkImportPanel#BulkImportPanel', clientProps: { collection: 'editions' } },
      ],
      views: { edit: { versions: editorialVersionsView } },
    },
  },
  defaultSort: '-year',
  access: editorialAccess('editions'),
  versions: editorialVersions,
  hooks: { ...revalidatePublicSiteHooks, afterDelete: [...revalidatePublicSiteHooks.afterDelete, retireNoticeTargets] },
  endpoints: [importEndpoint('editions'), ...publishedMessageEndpoints('editions')],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          unique: true,
          index: true,
          min: 1900,
          max: 2200,
          admin: { step: 1 },
        },
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
      ],
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
        {
          name: 'endDate',
          type: 'date',
          validate: endDateNotBeforeStart,
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
            description: 'Leave empty when only the opening day is known.',
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', localized: true, maxLength: 200 },
        { name: 'city', type: 'text', localized: true, maxLength: 100 },
        { name: 'format', type: 'select', required: true, defaultValue: 'offline', options: [...EDITION_FORMATS] },
      ],
    },
    { name: 'theme', type: 'text', localized: true, maxLength: 300 },
    {
      name: 'annualTheme',
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: { description: "The year's focus, if any (2022: Smart City)." },
    },
    {
      name: 'hosts',
      type: 'array',
      labels: { singular: 'Host', plural: 'Hosts' },
      admin: { initCollapsed: true, components: { RowLabel: '@/admin/RowLabels#HostRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true, index: true },
            { name: 'role', type: 'select', required: true, defaultValue: 'co-host', options: [...HOST_ROLES] },
          ],
        },
      ],
    },
    {
      name: 'concurrentEvents',
      type: 'array',
      labels: { singular: 'Concurrent event', plural: 'Concurrent events' },
      admin: { components: { RowLabel: '@/admin/RowLabels#NamedRowLabel' } },
      fields: [
        { name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale, maxLength: 200 },
        { name: 'location', type: 'text', localized: true, maxLength: 200 },
        {
          type: 'row',
          fields: [
            {
              name: 'startDate',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
            },
            {
              name: 'endDate',
              type: 'date',
              validate: endDateNotBeforeStart,
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
            },
          ],
        },
        { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
      ],
    },
    {
      name: 'activities',
      type: 'array',
      labels: { singular: 'Activity', plural: 'Activities' },
      admin: { components: { RowLabel: '@/admin/RowLabels#NamedRowLabel' } },
      fields: [{ name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale, maxLength: 200 }],
    },
    {
      name: 'summary',
      type: 'richText',
      localized: true,
      admin: { description: 'A short paragraph shown in lists and search results.' },
    },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'sources',
      type: 'array',
      labels: { singular: 'Source', plural: 'Sources' },
      admin: {
        description: 'Where the facts on this page come from.',
        components: { RowLabel: '@/admin/RowLabels#SourceRowLabel' },
      },
      fields: [
        { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, maxLength: 300 },
        { name: 'url', type: 'text', maxLength: 2000, validate: optionalHttpUrl },
        {
          name: 'date',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
            description: 'Published or consulted on.',
          },
        },
      ],
    },
    takedownField,
    savedByField,
  ],
}

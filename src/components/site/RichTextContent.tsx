import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { CallToAction } from '@/blocks/CallToAction/Component'
import { ContactDetails } from '@/blocks/ContactDetails/Component'
import type { CallToActionBlock, ContactDetailsBlock } from '@/payload-types'

import styles from './RichTextContent.module.css'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: {
    callToAction: ({ node }: { node: { fields: CallToActionBlock } }) => <CallToAction {...node.fields} />,
    contactDetails: ({ node }: { node: { fields: ContactDetailsBlock } }) => <ContactDetails {...node.fields} />,
  },
})

export function RichTextContent({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <RichText data={data as SerializedEditorState} converters={converters} className={styles.prose} disableContainer={false} />
}

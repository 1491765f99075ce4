import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { CreditedImage } from './CreditedImage'
import styles from './RichTextContent.module.css'
import { CallToAction } from '@/blocks/CallToAction/Component'
import { ContactDetails } from '@/blocks/ContactDetails/Component'
import type { CallToActionBlock, ContactDetailsBlock } from '@/payload-types'
import { DEFAULT_LOCALE, type Locale } from '@/site/locales'
import { toSiteImage } from '@/site/media'

const convertersFor =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    // Every image in a text carries its credit; files the public may not see are left out.
    upload: ({ node }) => {
      const image = node.relationTo === 'media' ? toSiteImage(node.value) : null
      return image ? <CreditedImage image={image} locale={locale} /> : null
    },
    blocks: {
      callToAction: ({ node }: { node: { fields: CallToActionBlock } }) => <CallToAction {...node.fields} />,
      contactDetails: ({ node }: { node: { fields: ContactDetailsBlock } }) => <ContactDetails {...node.fields} />,
    },
  })

export function RichTextContent({ data, locale = DEFAULT_LOCALE }: { data: unknown; locale?: Locale }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <RichText
      data={data as SerializedEditorState}
      converters={convertersFor(locale)}
      className={styles.prose}
      disableContainer={false}
    />
  )
}

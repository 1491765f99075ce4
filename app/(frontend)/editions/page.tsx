import { EditionsView, editionsMetadata } from '@/components/site/views/EditionsView'

export const metadata = editionsMetadata('en')

export default function EditionsPage() {
  return <EditionsView locale="en" />
}

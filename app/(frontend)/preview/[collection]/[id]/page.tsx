import { PreviewView, previewMetadata } from '@/components/site/views/PreviewView'

// Drafts for the signed-in editor (admin live preview); read per request, never cached.
export const dynamic = 'force-dynamic'
export const metadata = previewMetadata

type Props = { params: Promise<{ collection: string; id: string }> }

export default async function PreviewPage({ params }: Props) {
  const { collection, id } = await params
  return <PreviewView collection={collection} id={id} locale="en" />
}

import { PreviewView, previewMetadata } from '@/components/site/views/PreviewView'

// Drafts for the signed-in editor (admin live preview, Chinese locale); read per request, never cached.
export const dynamic = 'force-dynamic'
export const metadata = previewMetadata

type Props = { params: Promise<{ collection: string; id: string }> }

export default async function ChinesePreviewPage({ params }: Props) {
  const { collection, id } = await params
  return <PreviewView collection={collection} id={id} locale="zh" />
}

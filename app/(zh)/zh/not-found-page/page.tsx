import type { Metadata } from 'next'

import { NotFoundView } from '@/components/site/views/NotFoundView'

// The Chinese not-found page as the server sends it in place of Next's empty 404 document for a
// missing /zh address (src/server/notFoundRepair.ts). Only the server can ask for it: anyone
// else asking for this address gets a 404.
export const metadata: Metadata = { title: '未找到该页面', robots: { index: false, follow: true } }

export default function ChineseNotFoundPage() {
  return <NotFoundView locale="zh" />
}

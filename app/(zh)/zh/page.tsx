import { HomeView, homeMetadata } from '@/components/site/views/HomeView'

export const metadata = homeMetadata('zh')

export default function ChineseHomePage() {
  return <HomeView locale="zh" />
}

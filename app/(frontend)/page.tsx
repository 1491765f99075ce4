import { HomeView, homeMetadata } from '@/components/site/views/HomeView'

export const metadata = homeMetadata('en')

export default function HomePage() {
  return <HomeView locale="en" />
}

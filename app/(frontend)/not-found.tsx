import { NotFoundView } from '@/components/site/views/NotFoundView'

export default function NotFound() {
  return <NotFoundView locale="en" />
}

import { reportFor, requestedPeriod } from '@/site/transparency'

export const dynamic = 'force-dynamic'

/** GET /transparency/report.json?period=2026-H2 */
export async function GET(request: Request) {
  const period = requestedPeriod(new URL(request.url).searchParams.get('period'))
  if (!period) return Response.json({ error: 'Give period as YYYY-H1 or YYYY-H2.' }, { status: 400 })
  return Response.json(await reportFor(period))
}

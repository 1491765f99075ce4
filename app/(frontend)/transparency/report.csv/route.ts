import { reportFor, requestedPeriod } from '@/site/transparency'
import { reportCsv } from '@/takedown/transparency'

export const dynamic = 'force-dynamic'

/** GET /transparency/report.csv?period=2026-H2 */
export async function GET(request: Request) {
  const period = requestedPeriod(new URL(request.url).searchParams.get('period'))
  if (!period)
    return new Response('Give period as YYYY-H1 or YYYY-H2.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  const report = await reportFor(period)
  return new Response(reportCsv(report), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="transparency-${report.period}.csv"`,
    },
  })
}

// `npm run repair:chinese` reports Chinese texts that are copies of the English ones (written
// by payloadcms/payload#16303 before the fix); `-- --apply` clears them. See docs/editors.md.
import { getPayload } from 'payload'

import { runCli } from './runCli'
import { repairChineseCopies } from '../localization/repairChineseCopies'

runCli(async () => {
  const apply = process.argv.includes('--apply')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    console.log(
      apply ? 'Clearing Chinese copies of English texts…' : 'Dry run (nothing is changed; add -- --apply to clear):',
    )
    const report = await repairChineseCopies(payload, { apply, log: (line) => console.log(`  ${line}`) })
    const clearable = report.copies.filter((c) => c.clear).length
    console.log(
      `${report.scanned} documents scanned, ${report.copies.length} copied values found, ${clearable} ${apply ? `cleared in ${report.documentsChanged} documents` : 'would be cleared'}.`,
    )
  } finally {
    await payload.destroy()
  }
})

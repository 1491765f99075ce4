// `npm run backup [-- <folder>]`: a consistent copy of the database and uploads.
import { runCli } from './runCli'
import { backup } from '../backup/backup'

runCli(async () => {
  const started = Date.now()
  const { dir, manifest } = await backup({ outDir: process.argv[2] })
  console.log(
    `Backup of the ${manifest.engine} database and ${manifest.mediaFiles} media file(s) written to ${dir} in ${Date.now() - started} ms.`,
  )
  console.log(`Restore it with: npm run restore -- ${dir}`)
})

// `npm run restore -- <folder>`: puts a backup back into the database DATABASE_URL names.
// Stop the server first: a running server keeps the old SQLite file open.
import { runCli } from './runCli'
import { restore } from '../backup/backup'

runCli(async () => {
  const dir = process.argv[2]
  if (!dir) throw new Error('Name the backup folder: npm run restore -- data/backups/<folder>')
  const manifest = await restore(dir)
  console.log(
    `Restored the ${manifest.engine} backup of ${manifest.createdAt} (${manifest.mediaFiles} media file(s)). Start the server again.`,
  )
})

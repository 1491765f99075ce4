import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { env } from '../config/env'
import { evidenceDir, mediaDir } from '../config/paths'
import { parseDatabaseUrl, redact } from '../db/databaseUrl'

export const BACKUP_ROOT = path.resolve(process.cwd(), 'data/backups')

export type BackupManifest = {
  createdAt: string
  engine: 'sqlite' | 'postgres' | 'mongodb'
  database: string
  databaseFile: string
  mediaFiles: number
  /** Files sent with removal notices (absent in backups made before they were included). */
  evidenceFiles?: number
}

const DATABASE_FILES = {
  sqlite: 'database.sqlite',
  postgres: 'database.pgdump',
  mongodb: 'database.mongo.archive',
} as const

/**
 * Writes a consistent copy of the database and the uploaded files into a new folder.
 * SQLite uses VACUUM INTO, which reads one snapshot while the server keeps serving and
 * writing; PostgreSQL and MongoDB use their own dump tools.
 */
export async function backup(
  options: { databaseUrl?: string; outDir?: string; mediaDir?: string; evidenceDir?: string } = {},
): Promise<{ dir: string; manifest: BackupManifest }> {
  const target = parseDatabaseUrl(options.databaseUrl ?? env().DATABASE_URL)
  const dir = options.outDir ?? path.join(BACKUP_ROOT, new Date().toISOString().replace(/[:.]/g, '-'))
  if (fs.existsSync(dir) && fs.readdirSync(dir).length)
    throw new Error(`Backup folder ${dir} is not empty; choose a new one.`)
  fs.mkdirSync(dir, { recursive: true })
  const databaseFile = path.join(dir, DATABASE_FILES[target.engine])

  if (target.engine === 'sqlite') {
    const client = createClient({ url: target.url })
    try {
      await client.execute(`VACUUM INTO '${databaseFile.replace(/'/g, "''")}'`)
    } finally {
      client.close()
    }
  } else if (target.engine === 'postgres') {
    runTool(
      'pg_dump',
      ['--format=custom', '--no-owner', `--file=${databaseFile}`, target.url],
      'PostgreSQL client tools (apt-get install postgresql-client)',
    )
  } else {
    runTool(
      'mongodump',
      [`--uri=${target.url}`, `--archive=${databaseFile}`, '--gzip'],
      'MongoDB database tools (mongodump)',
    )
  }

  const mediaFiles = copyFolder(options.mediaDir ?? mediaDir(), path.join(dir, 'media'))
  // Evidence rows without their files would be a broken record of the notices.
  const evidenceFiles = copyFolder(options.evidenceDir ?? evidenceDir(), path.join(dir, 'evidence'))
  const manifest: BackupManifest = {
    createdAt: new Date().toISOString(),
    engine: target.engine,
    database: redact(target.url),
    databaseFile: path.basename(databaseFile),
    mediaFiles,
    evidenceFiles,
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  return { dir, manifest }
}

/**
 * Restores a backup folder into the database DATABASE_URL names (and the media folder).
 * An existing SQLite file is kept beside it as `.before-restore`, never overwritten blindly.
 */
export async function restore(
  dir: string,
  options: { databaseUrl?: string; mediaDir?: string; evidenceDir?: string } = {},
): Promise<BackupManifest> {
  const manifestFile = path.join(dir, 'manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} is not a backup folder (no manifest.json).`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
  const target = parseDatabaseUrl(options.databaseUrl ?? env().DATABASE_URL)
  if (manifest.engine !== target.engine) {
    throw new Error(
      `This backup is of a ${manifest.engine} database but DATABASE_URL names ${target.engine}; restore into the same engine.`,
    )
  }
  const databaseFile = path.join(dir, manifest.databaseFile)

  if (target.engine === 'sqlite') {
    const file = target.url.slice('file:'.length)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    if (fs.existsSync(file)) fs.renameSync(file, `${file}.before-restore`)
    for (const extra of ['-wal', '-shm']) fs.rmSync(file + extra, { force: true })
    fs.copyFileSync(databaseFile, file)
  } else if (target.engine === 'postgres') {
    runTool(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', `--dbname=${target.url}`, databaseFile],
      'PostgreSQL client tools (apt-get install postgresql-client)',
    )
  } else {
    runTool(
      'mongorestore',
      [`--uri=${target.url}`, `--archive=${databaseFile}`, '--gzip', '--drop'],
      'MongoDB database tools (mongorestore)',
    )
  }

  copyFolder(path.join(dir, 'media'), options.mediaDir ?? mediaDir())
  copyFolder(path.join(dir, 'evidence'), options.evidenceDir ?? evidenceDir())
  return manifest
}

/** Copies a folder's files (when it exists) and returns how many there are. */
function copyFolder(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0
  fs.cpSync(from, to, { recursive: true })
  return fs.readdirSync(to, { recursive: true }).length
}

function runTool(command: string, args: string[], install: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed; install the ${install}.`)
  }
  if (result.status !== 0)
    throw new Error(`${command} failed: ${(result.stderr || '').trim().split('\n').slice(-3).join(' ')}`)
}

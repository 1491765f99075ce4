// Next.js incremental cache (page renders, unstable_cache data, route handlers) kept in Redis,
// so several server instances share it and a revalidateTag/revalidatePath on one of them
// reaches all. next.config.ts selects this file only when REDIS_URL is set.
//
// The work is done by @trieb.work/nextjs-turbo-redis-cache (cross-instance tag map over
// Redis pub/sub); this wrapper only pins its settings to this project's environment:
// - the database comes from REDIS_URL (the library would otherwise pick DB 1 unless
//   VERCEL_ENV=production, and listen for expiry events on the wrong one);
// - keys are prefixed per build, so a deploy never reads pages rendered by the previous
//   build (REDIS_KEY_PREFIX, shared with src/config/redis.ts, separates two sites on one Redis).
const fs = require('node:fs')
const path = require('node:path')

const { default: CachedHandler } = require('@trieb.work/nextjs-turbo-redis-cache')

function databaseOf(url) {
  const db = Number(new URL(url).pathname.replace(/^\//, '') || 0)
  return Number.isInteger(db) && db >= 0 ? db : 0
}

function buildId(serverDistDir) {
  for (const file of [
    serverDistDir && path.join(serverDistDir, '..', 'BUILD_ID'),
    path.join(process.cwd(), '.next', 'BUILD_ID'),
  ]) {
    try {
      if (file) return fs.readFileSync(file, 'utf8').trim()
    } catch {
      /* try the next place */
    }
  }
  return 'dev'
}

module.exports = class RedisCacheHandler extends CachedHandler {
  constructor(options = {}) {
    // Next loads this file itself, by path and as CommonJS, outside the TypeScript graph, so it
    // cannot import src/config/env.ts; these two variables are the ones env.ts documents.
    const redisUrl = process.env.REDIS_URL
    super({
      ...options,
      redisUrl,
      database: databaseOf(redisUrl),
      keyPrefix: `${process.env.REDIS_KEY_PREFIX || 'expo-archive:'}next:${buildId(options.serverDistDir)}:`,
    })
  }
}

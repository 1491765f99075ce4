import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseAdapter, mongoSupportsTransactions } from '../../src/db/databaseAdapter'
import { DatabaseUrlError, parseDatabaseUrl, redact } from '../../src/db/databaseUrl'

describe('DATABASE_URL selects the database engine', () => {
  it('uses the embedded SQLite file under data/ when unset or empty', () => {
    for (const value of [undefined, '', '   ']) {
      expect(parseDatabaseUrl(value)).toEqual({ engine: 'sqlite', url: `file:${path.resolve('data/expo-archive.db')}` })
    }
  })

  it('reads file: URLs, relative and absolute, as SQLite', () => {
    expect(parseDatabaseUrl('file:./data/other.db')).toEqual({
      engine: 'sqlite',
      url: `file:${path.resolve('data/other.db')}`,
    })
    expect(parseDatabaseUrl('file:/tmp/x.db').url).toBe('file:/tmp/x.db')
    expect(parseDatabaseUrl('file:///tmp/y.db').url).toBe('file:/tmp/y.db')
  })

  it('recognises MongoDB and PostgreSQL by scheme', () => {
    expect(parseDatabaseUrl('mongodb://127.0.0.1/expo').engine).toBe('mongodb')
    expect(parseDatabaseUrl('mongodb+srv://u:p@cluster.example.net/expo').engine).toBe('mongodb')
    expect(parseDatabaseUrl('postgres://u:p@127.0.0.1:5432/expo').engine).toBe('postgres')
    expect(parseDatabaseUrl('postgresql://u@127.0.0.1/expo').engine).toBe('postgres')
  })

  it('refuses an unknown scheme with one line naming the variable and the fix', () => {
    const attempt = () => parseDatabaseUrl('mysql://root:hunter2@db/expo')
    expect(attempt).toThrow(DatabaseUrlError)
    expect(attempt).toThrow(/^DATABASE_URL has scheme 'mysql:'.*use file:.*mongodb:\/\/.*postgres:\/\//)
    expect(attempt).not.toThrow(/hunter2/)
    expect(() => parseDatabaseUrl('expo.db')).toThrow(/DATABASE_URL has no scheme/)
    expect(() => parseDatabaseUrl('file:')).toThrow(/without a path/)
  })

  it('hides passwords when quoting a URL', () => {
    expect(redact('postgres://admin:s3cret@host:5432/db')).toBe('postgres://admin:***@host:5432/db')
    expect(redact('mongodb://host/db')).toBe('mongodb://host/db')
  })

  it('builds the matching Payload adapter for each engine', () => {
    expect(databaseAdapter('file:./data/test/adapter-check.db').name).toBe('sqlite')
    expect(databaseAdapter('postgres://u:p@127.0.0.1:5432/expo').name).toBe('postgres')
    expect(databaseAdapter('mongodb://127.0.0.1:27017/expo').name).toBe('mongoose')
  })

  it('turns MongoDB transactions on only where the server supports them (replica sets, Atlas)', () => {
    expect(mongoSupportsTransactions('mongodb://127.0.0.1/expo')).toBe(false)
    expect(mongoSupportsTransactions('mongodb://a,b,c/expo?replicaSet=rs0')).toBe(true)
    expect(mongoSupportsTransactions('mongodb+srv://cluster.example.net/expo')).toBe(true)
  })
})

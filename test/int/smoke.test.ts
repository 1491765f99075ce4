import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe('smoke', () => {
  it('serves the five seeded editions over REST', async () => {
    await testPayload()
    const res = await rest('GET', 'editions?limit=10&sort=year')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { year: number }) => d.year)).toEqual([2018, 2019, 2020, 2021, 2022])
  })
})

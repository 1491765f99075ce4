import { APIError, ValidationError } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { clientErrorsAsInfo } from '../../src/config/logger'

const run = (level: number, args: unknown[]) => {
  const self = { info: vi.fn() }
  const method = vi.fn()
  clientErrorsAsInfo.call(self, args, method, level)
  return { info: self.info, method }
}

describe('logging refused requests', () => {
  it('logs a 4xx as one info line naming the error, without a stack', () => {
    const { info, method } = run(50, [{ err: new APIError('Invalid JSON', 400) }])
    expect(method).not.toHaveBeenCalled()
    expect(info).toHaveBeenCalledWith('APIError 400: Invalid JSON')
    const tooMany = run(50, [{ err: new APIError('Too many requests.', 429) }])
    expect(tooMany.info).toHaveBeenCalledWith('APIError 429: Too many requests.')
    const invalid = run(50, [{ err: new ValidationError({ errors: [{ message: 'Required', path: 'email' }] }) }])
    expect(invalid.info.mock.calls[0][0]).toMatch(/^ValidationError 400: /)
  })

  it('keeps server faults as errors, stack and all', () => {
    const err = new APIError('Database gone', 500)
    const { info, method } = run(50, [{ err }])
    expect(info).not.toHaveBeenCalled()
    expect(method).toHaveBeenCalledWith({ err })
    const plain = run(50, [{ err: new Error('boom') }])
    expect(plain.method).toHaveBeenCalled()
  })

  it('leaves other levels and messages alone', () => {
    expect(run(30, [{ err: new APIError('x', 400) }]).method).toHaveBeenCalled()
    expect(run(50, ['plain message']).method).toHaveBeenCalledWith('plain message')
  })
})

import { defaultLoggerOptions, type PayloadLogger } from 'payload'

type LogMethod = (
  this: Pick<PayloadLogger, 'info'>,
  args: unknown[],
  method: (...a: unknown[]) => void,
  level: number,
) => void

const ERROR_LEVEL = 50

/**
 * A refused request (4xx) is the client's mistake, not the server's: one info line naming the
 * error, instead of an ERROR with a stack trace. Payload only lowers a fixed list of error names
 * (ValidationError, Forbidden, NotFound…); our own refusals and its APIError 400s were logged as
 * errors. Server faults (5xx and errors without a status) stay errors, stack included.
 */
export const clientErrorsAsInfo: LogMethod = function (args, method, level) {
  const first = args[0]
  const err = first && typeof first === 'object' && 'err' in first ? (first as { err: unknown }).err : undefined
  const status = err && typeof err === 'object' && 'status' in err ? (err as { status: unknown }).status : undefined
  if (level >= ERROR_LEVEL && typeof status === 'number' && status >= 400 && status < 500) {
    const { name, message } = err as Error
    this.info(`${name} ${status}: ${message}`)
    return
  }
  method.apply(this, args)
}

/** Payload's own pretty output, with the hook above. */
export const logger = { options: { hooks: { logMethod: clientErrorsAsInfo } }, destination: defaultLoggerOptions }

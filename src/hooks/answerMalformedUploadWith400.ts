import type { AfterErrorHook } from 'payload'

/**
 * What busboy (the multipart parser under Payload's REST API) says about a body it cannot read.
 * Payload passes these on as plain errors, which become a 500; they are the client's mistake.
 */
const MULTIPART_PARSE_ERRORS = new Set([
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Multipart: Boundary not found',
  'Malformed content type',
  'Malformed urlencoded form',
])

/** Turns an unreadable multipart upload (e.g. a file name with a NUL in it) into a 400 that says so. */
export const answerMalformedUploadWith400: AfterErrorHook = ({ error }) => {
  if (!MULTIPART_PARSE_ERRORS.has(error.message) || 'status' in error) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message: `The upload could not be read (${error.message}). File names may not contain control characters such as NUL; rename the file and try again.`,
        },
      ],
    },
  }
}

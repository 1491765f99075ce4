import type { Endpoint } from 'payload'

import { newChallenge, noScriptQuestion } from '../../../src/takedown/challenge'

/**
 * GET /api/contact-requests/challenge: a fresh ALTCHA challenge (and the no-script question)
 * for clients of POST /api/contact-requests; the site's forms embed theirs in the page.
 */
export const challengeEndpoint: Endpoint = {
  path: '/challenge',
  method: 'get',
  handler: async () => {
    const question = noScriptQuestion()
    return Response.json(
      { altcha: await newChallenge(), question: { text: question.text, token: question.token } },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}

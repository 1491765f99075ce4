'use client'

import { useEffect } from 'react'

/**
 * The ALTCHA proof-of-work widget, bundled from the installed `altcha` package (nothing is
 * fetched from elsewhere). The challenge comes with the page, so the widget makes no request;
 * it solves when the form is sent and adds its answer as the hidden field `altcha`. Its words
 * come in the page's language (`strings`), not the widget's English.
 */
export function AltchaWidget({ challenge, strings }: { challenge: string; strings: Record<string, string> | null }) {
  useEffect(() => {
    void import('altcha')
  }, [])
  return (
    <altcha-widget
      challengejson={challenge}
      auto="onsubmit"
      name="altcha"
      hidelogo
      hidefooter
      strings={strings ? JSON.stringify(strings) : undefined}
    />
  )
}

// The hostile values both hostile-input suites send: the random sample (hostile-input.test.ts)
// and the full matrix (hostile-matrix.test.ts).

/** Text no field may store: it cannot round-trip (NUL breaks PostgreSQL, lone surrogates turn into U+FFFD). */
export const UNSTORABLE = ['a\u0000b', 'x\ud800y', '\udfff', 'bell\u0007', 'esc\u001b[31m']

/** An object nested `depth` levels. */
export const deep = (depth: number): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { nested: value }
  return value
}

/** Values of the wrong type where text or a choice is expected (a forged request, not a typo). */
export const WRONG_TYPES: unknown[] = [
  12345,
  -1.5e308,
  true,
  null,
  [],
  ['a', 'b'],
  { $ne: null },
  { equals: 'x' },
  deep(50),
  '',
]

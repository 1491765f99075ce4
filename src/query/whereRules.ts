// Which `where` operators fit which field types, and what values they take. Payload checks that a
// path exists and may be read, but hands any operator and value to the database adapter, which
// turns `near` on a number, `like` on a number (PostgreSQL) or a date of "x" into invalid SQL: a
// 500 instead of a 400. These tables are the operators Payload's own admin offers per field type
// (@payloadcms/ui WhereBuilder/field-types), plus `like`/`not_like` on email and `all` on
// has-many fields, which the adapters handle.

export type WhereOperator = (typeof WHERE_OPERATORS)[number]
export const WHERE_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
] as const

const BASE: WhereOperator[] = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDERED: WhereOperator[] = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT_MATCH: WhereOperator[] = ['like', 'not_like', 'contains']

/** Operators per field type; a type not listed here (join, array, group…) is left to Payload. */
export const OPERATORS_BY_TYPE: Record<string, WhereOperator[]> = {
  text: [...BASE, ...TEXT_MATCH],
  textarea: [...BASE, ...TEXT_MATCH],
  code: [...BASE, ...TEXT_MATCH],
  email: [...BASE, ...TEXT_MATCH],
  number: [...BASE, ...ORDERED],
  date: [...BASE, ...ORDERED],
  id: [...BASE, ...ORDERED],
  checkbox: ['equals', 'not_equals', 'exists'],
  select: BASE,
  radio: BASE,
  relationship: BASE,
  upload: BASE,
  json: ['exists'],
  richText: ['exists'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
}

/** What the guard needs to know about the field a path ends at. */
export type FieldShape = {
  type: string
  hasMany?: boolean
  /** For ids, relationships and uploads: whether their ids are numbers (SQL) or text (MongoDB). */
  numericIds?: boolean
  /** A relationship to several collections: values are {relationTo, value} pairs. */
  polymorphic?: boolean
  /** For selects and radios: the values it can hold (PostgreSQL stores them as an enum, which refuses others). */
  options?: string[]
}

export function operatorsFor(field: FieldShape): WhereOperator[] | undefined {
  if (field.polymorphic) return ['equals', 'not_equals', 'exists']
  const operators = OPERATORS_BY_TYPE[field.type]
  return operators && field.hasMany ? [...operators, 'all'] : operators
}

const isBooleanish = (value: unknown) => value === true || value === false || value === 'true' || value === 'false'
const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
const isNumeric = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) && Number.isFinite(Number(value))
const isDate = (value: unknown) =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())
const isWholeNumber = (value: unknown) => isNumeric(value) && Number.isInteger(Number(value))
/** REST sends "empty" as '' or 'null'; Payload reads either as null for numbers, dates and ids (not for selects or checkboxes). */
const orEmpty = (fits: (value: unknown) => boolean) => (value: unknown) =>
  value === '' || value === 'null' || fits(value)

/** What one value of the field must be, as a check and in words; null when any single value will do. */
function expectedValue(field: FieldShape): { fits: (value: unknown) => boolean; words: string } | null {
  switch (field.type) {
    case 'number':
      return { fits: orEmpty(isNumeric), words: 'a number' }
    case 'date':
      return { fits: orEmpty(isDate), words: 'a date such as 2019-08-26' }
    case 'checkbox':
      return { fits: isBooleanish, words: 'true or false' }
    case 'select':
    case 'radio':
      return field.options
        ? { fits: (value) => field.options!.includes(String(value)), words: `one of ${field.options.join(', ')}` }
        : null
    case 'id':
    case 'relationship':
    case 'upload':
      return field.numericIds ? { fits: orEmpty(isWholeNumber), words: 'a document id (a whole number)' } : null
    default:
      return null
  }
}

/** Why one value does not fit the field, or null when it does (null itself always does: "is empty"). */
function valueProblem(field: FieldShape, value: unknown): string | null {
  if (!isScalar(value)) return 'a single value, not a list or an object'
  const expected = expectedValue(field)
  if (value === null || !expected || expected.fits(value)) return null
  return `${expected.words}, not ${JSON.stringify(value).slice(0, 40)}`
}

/** Why `operator` with `value` does not fit the field, or null when it does. */
export function conditionProblem(field: FieldShape, operator: string, value: unknown): string | null {
  const allowed = operatorsFor(field)
  if (!allowed) return null
  if (!allowed.includes(operator as WhereOperator))
    return `'${operator}' does not work on a ${field.type} field; use one of ${allowed.join(', ')}`
  if (operator === 'exists') return isBooleanish(value) ? null : `'exists' takes true or false`
  if (field.polymorphic || field.type === 'point') return null
  if (operator === 'in' || operator === 'not_in' || operator === 'all') {
    // REST sends a comma-separated list; the Local API and GraphQL send an array.
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
    for (const item of items) {
      const problem = valueProblem(field, item)
      if (problem) return `'${operator}' takes a list of values, each ${problem}`
    }
    return null
  }
  const problem = valueProblem(field, value)
  return problem ? `'${operator}' takes ${problem}` : null
}

import {
  APIError,
  type Collection,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type Payload,
  type Where,
} from 'payload'

import { conditionProblem, type FieldShape, WHERE_OPERATORS } from '../query/whereRules'

// Refuses, with a 400 saying what to change, a `where` whose operator or value does not fit the
// field it names (src/query/whereRules.ts), before the database adapter turns it into invalid SQL
// and a 500. Runs for every read, count, update and delete by query, through REST, GraphQL and
// the Local API; also on the `where` of joins.

const OPERATORS = new Set<string>(WHERE_OPERATORS)
/** Columns every version row has besides `version.*`. */
const VERSION_COLUMNS: Record<string, FieldShape> = {
  latest: { type: 'checkbox' },
  autosave: { type: 'checkbox' },
  snapshot: { type: 'checkbox' },
}

const collectionOf = (payload: Payload, slug: string) =>
  (payload.collections as Record<string, Collection | undefined>)[slug]
const idsAreNumeric = (payload: Payload, slug: string) =>
  (collectionOf(payload, slug)?.customIDType ?? payload.db.defaultIDType) === 'number'

/** The field a dotted query path ends at, or undefined when it cannot tell (Payload then judges the path itself). */
function fieldAt(payload: Payload, slug: string, fields: FlattenedField[], segments: string[]): FieldShape | undefined {
  const [head, ...rest] = segments
  if (head === 'id' && !rest.length) return { type: 'id', numericIds: idsAreNumeric(payload, slug) }
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field) return undefined
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  // `title.zh` names one locale of a localized field.
  if (!rest.length || ('localized' in field && field.localized && rest.length === 1 && locales.includes(rest[0]))) {
    if (field.type === 'relationship' || field.type === 'upload') {
      const polymorphic = Array.isArray(field.relationTo)
      return {
        type: field.type,
        hasMany: Boolean(field.hasMany),
        polymorphic,
        numericIds: !polymorphic && idsAreNumeric(payload, field.relationTo as string),
      }
    }
    if (field.type === 'select' || field.type === 'radio') {
      const options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return { type: field.type, hasMany: 'hasMany' in field ? Boolean(field.hasMany) : false, options }
    }
    return { type: field.type, hasMany: 'hasMany' in field ? Boolean(field.hasMany) : false }
  }
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      return fieldAt(payload, slug, field.flattenedFields, rest)
    case 'blocks':
      for (const block of field.blocks) {
        if (typeof block === 'string') continue
        const found = fieldAt(payload, slug, block.flattenedFields, rest)
        if (found) return found
      }
      return undefined
    case 'relationship':
    case 'upload': {
      // hosts.organization.name: a field of the related collection.
      if (Array.isArray(field.relationTo)) return undefined
      const related = collectionOf(payload, field.relationTo)?.config
      return related ? fieldAt(payload, related.slug, related.flattenedFields, rest) : undefined
    }
    default:
      return undefined
  }
}

/** Every problem in a where clause, each naming the condition as a REST client would write it. */
export function whereProblems(payload: Payload, slug: string, where: unknown, label = 'where'): string[] {
  if (!where || typeof where !== 'object') return []
  const fields = collectionOf(payload, slug)?.config.flattenedFields ?? []
  const problems: string[] = []
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or' || key === 'AND' || key === 'OR') {
      // qs turns long lists (over 20 items) into objects keyed by index: both are lists of clauses.
      const clauses = Array.isArray(condition)
        ? condition
        : condition && typeof condition === 'object'
          ? Object.values(condition)
          : []
      clauses.forEach((clause, i) => problems.push(...whereProblems(payload, slug, clause, `${label}[${key}][${i}]`)))
      continue
    }
    if (condition === undefined) continue // { year: undefined } from code that spreads optional conditions
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push(`${label}[${key}] needs an operator, e.g. ${label}[${key}][equals]=…`)
      continue
    }
    // Payload reads `__` as `.` (GraphQL writes hosts__organization), so both name a nested path.
    const segments = key.replace(/__/g, '.').split('.')
    const field =
      segments[0] === 'version'
        ? fieldAt(payload, slug, fields, segments.slice(1))
        : segments[0] === 'parent' && segments.length === 1
          ? { type: 'relationship', numericIds: idsAreNumeric(payload, slug) }
          : (VERSION_COLUMNS[segments.join('.')] ?? fieldAt(payload, slug, fields, segments))
    if (!field) continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!OPERATORS.has(operator)) continue // Payload ignores what is not an operator
      const problem = conditionProblem(field, operator, value)
      if (problem) problems.push(`${label}[${key}][${operator}]: ${problem}.`)
    }
  }
  return problems
}

type QueryArgs = { where?: Where; joins?: Record<string, { where?: Where } | false> | false }

export const refuseIllTypedWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where, joins } = args as QueryArgs
  const problems = whereProblems(req.payload, collection.slug, where)
  if (joins) {
    for (const field of collection.flattenedFields) {
      const join = field.type === 'join' ? joins[field.name] : undefined
      if (field.type === 'join' && join && typeof field.collection === 'string')
        problems.push(...whereProblems(req.payload, field.collection, join.where, `joins[${field.name}][where]`))
    }
  }
  if (problems.length) throw new APIError(problems.join(' '), 400, null, true)
  return args
}

/** Adds the guard to every collection of the config (a plugin, so new collections get it too). */
export const guardWhereQueries = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseIllTypedWhere, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})

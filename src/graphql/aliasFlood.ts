import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql'

// The cheap half of the cost limits (src/graphql/queryCost.ts), run in proxy.ts before Payload's
// handler: counting top-level fields and aliases needs only the parsed text, not the schema.
// Validation itself is the slow part of a flood: graphql-js's OverlappingFieldsCanBeMerged rule
// compares every pair of same-named fields, so 330 aliases of one list held the event loop for
// tens of milliseconds before any rule could refuse them (test/e2e/graphql-cost.test.ts).

/** Top-level fields (aliases counted one by one) in one operation. */
export const MAX_ROOT_FIELDS = 10
/** Aliased fields anywhere in one operation: aliases are how one request asks for the same list many times. */
export const MAX_ALIASES = 30

/** Parsing stops here: the longest query accepted (20 000 characters) is far fewer tokens. */
const MAX_TOKENS = 10_000

function count(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  atRoot: boolean,
  tally: { roots: number; aliases: number; visits: number },
  seen: Set<string>,
): void {
  for (const selection of set.selections) {
    if (++tally.visits > MAX_TOKENS) return
    if (selection.kind === Kind.FIELD) {
      if (atRoot) tally.roots++
      if (selection.alias && selection.alias.value !== selection.name.value) tally.aliases++
      if (selection.selectionSet) count(selection.selectionSet, fragments, false, tally, seen)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count(selection.selectionSet, fragments, atRoot, tally, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || seen.has(name)) continue
      count(fragment.selectionSet, fragments, atRoot, tally, new Set(seen).add(name))
    }
  }
}

/** Why the query is refused before it is validated, or null to let the handler decide. */
export function aliasFloodRefusal(query: unknown): string | null {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_TOKENS, noLocation: true })
  } catch (err) {
    // A syntax error is the handler's to report; too many tokens is ours.
    return /token limit/i.test((err as Error).message) ? 'The query is too long; ask for less at once.' : null
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const refusal = operationShapeRefusal(definition, fragments)
    if (refusal) return refusal
  }
  return null
}

/**
 * Why one operation has too many top-level fields or aliases, or null. Shared by the check here
 * and the validation rule (src/graphql/queryCost.ts), so both give the same answer.
 */
export function operationShapeRefusal(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string | null {
  const tally = { roots: 0, aliases: 0, visits: 0 }
  count(operation.selectionSet, fragments, true, tally, new Set())
  const name = operation.name ? `'${operation.name.value}'` : 'The query'
  if (tally.roots > MAX_ROOT_FIELDS)
    return `${name} asks for ${tally.roots} top-level fields (root field limit ${MAX_ROOT_FIELDS}); send fewer at once.`
  if (tally.aliases > MAX_ALIASES)
    return `${name} uses ${tally.aliases} aliases (alias limit ${MAX_ALIASES}); send fewer at once.`
  return null
}

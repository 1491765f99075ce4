import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

// Limits on the shape of a GraphQL query, checked while validating, before anything runs.
// `maxComplexity` alone does not stop a chain like organization → hostedEditions → hosts →
// organization: each level is cheap to score but multiplies the documents loaded, so 40 levels
// kept the server busy for minutes. Depth is what grows that cost, so depth is what we bound.

/**
 * Deepest nesting of fields a query may have. The site and admin do not use GraphQL; the deepest
 * useful query on this schema (an edition's hosts with their other editions) is 7, and the
 * standard introspection query is 13 when its `ofType` chain is counted (it is not: see below).
 */
export const MAX_QUERY_DEPTH = 10

/** Longest query text accepted: the introspection query is about 2 KB, a deep attack far longer. */
export const MAX_QUERY_LENGTH = 20_000

/**
 * Depth of a selection set, counting fields (a field with a selection adds a level) and following
 * fragments; stops as soon as `limit` is passed, so a query nested 10 000 levels costs no more to
 * check than one nested 11. `ofType` does not count: it unwraps a list or non-null type in
 * introspection, one object per level, so it cannot multiply the work.
 */
function depthOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  limit: number,
  depth = 0,
  seen = new Set<string>(),
): number {
  let deepest = depth
  for (const selection of set.selections) {
    if (deepest > limit) break
    if (selection.kind === Kind.FIELD) {
      const level = selection.name.value === 'ofType' ? depth : depth + 1
      deepest = Math.max(
        deepest,
        selection.selectionSet ? depthOf(selection.selectionSet, fragments, limit, level, seen) : level,
      )
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, limit, depth, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      // A fragment that spreads itself is GraphQL's own NoFragmentCycles error; just do not loop.
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, limit, depth, new Set(seen).add(name)))
    }
  }
  return deepest
}

const badRequest = (message: string, context: ValidationContext) =>
  // statusCode makes Payload's error formatter report it like its other client errors.
  new GraphQLError(message, { nodes: context.getDocument(), extensions: { statusCode: 400 } })

/** Refuses an operation nested more than `maxDepth` fields deep, or a query text longer than `maxLength`. */
export const queryShapeLimit =
  (maxDepth = MAX_QUERY_DEPTH, maxLength = MAX_QUERY_LENGTH): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument()
    const length = document.loc?.source.body.length ?? 0
    if (length > maxLength)
      context.reportError(
        badRequest(`The query is ${length} characters long; at most ${maxLength} are accepted.`, context),
      )
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, maxDepth)
        if (depth > maxDepth) {
          const name = operation.name ? `'${operation.name.value}'` : 'The query'
          context.reportError(
            badRequest(
              `${name} is nested more than ${maxDepth} levels deep (query depth limit ${maxDepth}); ask for less at once.`,
              context,
            ),
          )
        }
      },
    }
  }

import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { operationShapeRefusal } from './aliasFlood'

// What running an operation will cost, checked while validating, before anything runs (issue 19).
// Payload's `maxComplexity` scores one point per field, so 330 aliases of
// `Organizations(limit: 1000) { docs { name } }` scored 990 and passed, then read hundreds of
// thousands of documents on the event loop for 30 s while every other request waited. What
// costs is the documents read, so that is what is counted: each list field reads up to its
// `limit` documents, once per document of the list it sits in.

/** Documents one operation may read, summed over its lists (a list nested in a list multiplies). */
export const MAX_DOCUMENTS = 2_000
/** Payload's page size when a list field is given no `limit`. */
const DEFAULT_LIMIT = 10
/** Selections the estimate visits before giving up (fragments spread many times can blow up). */
const MAX_VISITS = 10_000

type Variables = Record<string, unknown> | null | undefined

class TooCostly extends Error {}

function argumentValue(value: ValueNode | undefined, variables: Variables): unknown {
  if (!value) return undefined
  if (value.kind === Kind.VARIABLE) return variables?.[value.name.value]
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.BOOLEAN) return value.value
  return undefined
}

/**
 * How many documents one list field reads per document around it: its `limit` (a literal or a
 * variable), Payload's page size without one, every document there is with `pagination: false`
 * (counted as the whole budget, so such a list must stand alone). A field without a `limit`
 * argument is not a list of documents and reads nothing by itself.
 */
function documentsPerCall(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Variables,
): number {
  if (!field.args.some((arg) => arg.name === 'limit')) return 0
  const given = (name: string) => argumentValue(args.find((arg) => arg.name.value === name)?.value, variables)
  if (given('pagination') === false) return MAX_DOCUMENTS
  const limit = given('limit')
  // Payload reads every document for limit 0 (and negative limits are its own error).
  if (typeof limit === 'number') return limit <= 0 ? MAX_DOCUMENTS : limit
  return DEFAULT_LIMIT
}

type Count = { documents: number; visits: number }

function walk(
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  multiplier: number,
  fragments: Map<string, FragmentDefinitionNode>,
  context: ValidationContext,
  variables: Variables,
  count: Count,
): void {
  for (const selection of set.selections) {
    if (++count.visits > MAX_VISITS) throw new TooCostly('it has too many fields to estimate')
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined
      if (!field) continue // unknown fields are GraphQL's own error; __typename reads nothing
      const perCall = documentsPerCall(field, selection.arguments ?? [], variables)
      const inner = perCall ? multiplier * perCall : multiplier
      if (perCall) count.documents += inner
      if (count.documents > MAX_DOCUMENTS)
        throw new TooCostly(`it would read more than ${MAX_DOCUMENTS} documents (document limit ${MAX_DOCUMENTS})`)
      const named = getNamedType(field.type)
      if (selection.selectionSet && isCompositeType(named))
        walk(selection.selectionSet, named, inner, fragments, context, variables, count)
      continue
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value)
    if (!fragment) continue
    const condition = fragment.typeCondition ? context.getSchema().getType(fragment.typeCondition.name.value) : type
    if (!condition || !isCompositeType(condition)) continue
    walk(fragment.selectionSet, condition, multiplier, fragments, context, variables, count)
  }
}

const refusal = (message: string, context: ValidationContext) =>
  new GraphQLError(message, { nodes: context.getDocument(), extensions: { statusCode: 400 } })

/** Refuses an operation with too many top-level fields or aliases, or that would read too many documents. */
export const queryCostLimit =
  (variables?: Variables): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(operation) {
        const schema = context.getSchema()
        const root =
          operation.operation === 'mutation'
            ? schema.getMutationType()
            : operation.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType()
        if (!root) return
        const name = operation.name ? `'${operation.name.value}'` : 'The query'
        const count: Count = { documents: 0, visits: 0 }
        try {
          walk(operation.selectionSet, root, 1, fragments, context, variables, count)
        } catch (err) {
          if (!(err instanceof TooCostly)) throw err
          context.reportError(refusal(`${name} is refused because ${err.message}; ask for less at once.`, context))
          return
        }
        // Top-level fields and aliases: the same count proxy.ts makes before validation.
        const shape = operationShapeRefusal(operation, fragments)
        if (shape) context.reportError(refusal(shape, context))
      },
    }
  }

import { configToSchema } from '@payloadcms/graphql'
import type * as GraphQL from 'graphql'
import type { GraphQLExtension, SanitizedConfig } from 'payload'

type PayloadGraphql = ReturnType<typeof configToSchema>
type Cache = { graphql: PayloadGraphql | null; promise: Promise<PayloadGraphql> | null }

// The graphql module Payload built its schema with. Validating with another copy of the package
// (a bundler may resolve `graphql` to its .mjs build, Payload's to the .js one) fails with
// "Cannot use GraphQLSchema from another module or realm"; Payload hands its copy to extensions.
const modules = globalThis as typeof globalThis & { __jxjyGraphqlModule?: typeof GraphQL }

/** Wraps a `graphQL.queries` extension so that it also keeps Payload's graphql module. */
export function rememberingGraphqlModule(extension: GraphQLExtension): GraphQLExtension {
  return (graphQL, context) => {
    modules.__jxjyGraphqlModule = graphQL
    return extension(graphQL, context)
  }
}

/**
 * Payload's schema, shared with its GraphQL route through the cache that route keeps on
 * `globalThis` (so the schema is built once per process, whoever asks first).
 */
async function payloadSchema(config: SanitizedConfig | Promise<SanitizedConfig>): Promise<GraphQL.GraphQLSchema> {
  const holder = globalThis as typeof globalThis & { _payload_graphql?: Cache }
  const cache = (holder._payload_graphql ??= { graphql: null, promise: null })
  if (cache.graphql) return cache.graphql.schema
  if (cache.promise) return (await cache.promise).schema
  const built = configToSchema(await config)
  // Mutated, not replaced: Payload's route holds a reference to this object.
  cache.graphql = built
  return built.schema
}

/**
 * Each top-level field is a database query of its own, and Payload's resolvers wrap the request
 * once more for each (`isolateObjectProperty` on `context.req`), so the cost of a document grows
 * with the square of its aliases: 500 aliased `Notices { totalDocs }` held the CMS's one thread for
 * three minutes. A document asks for at most this many top-level fields per operation.
 */
export const maxRootFields = 20

function rootFieldCount(graphql: typeof GraphQL, document: GraphQL.DocumentNode, selections: readonly GraphQL.SelectionNode[], seen = new Set<string>()): number {
  let count = 0
  for (const selection of selections) {
    if (selection.kind === graphql.Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1
    else if (selection.kind === graphql.Kind.INLINE_FRAGMENT) count += rootFieldCount(graphql, document, selection.selectionSet.selections, seen)
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = document.definitions.find((d): d is GraphQL.FragmentDefinitionNode => d.kind === graphql.Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value)
      if (fragment) count += rootFieldCount(graphql, document, fragment.selectionSet.selections, seen)
    }
  }
  return count
}

/**
 * The standard GraphQL validation, run before Payload's. Payload adds a query-complexity rule
 * that runs alongside the standard ones and throws on documents they would reject (a fragment
 * cycle, a subscription the schema lacks, a directive argument of the wrong type): those were
 * answered 500. Returns the validation errors, or undefined when the document is valid or is not
 * a document at all (graphql-http answers those with a 400 itself).
 */
export async function graphqlValidationErrors(body: unknown, config: SanitizedConfig | Promise<SanitizedConfig>): Promise<string[] | undefined> {
  const query = (body as { query?: unknown } | null)?.query
  if (typeof query !== 'string') return undefined
  const schema = await payloadSchema(config)
  const graphql = modules.__jxjyGraphqlModule
  if (!graphql) return undefined
  let document
  try {
    document = graphql.parse(query)
  } catch (error) {
    return error instanceof graphql.GraphQLError ? [error.message] : undefined
  }
  // Validation leaves an operation whose root type the schema lacks to execution; Payload's rule throws on it.
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }
  for (const definition of document.definitions) {
    if (definition.kind === graphql.Kind.OPERATION_DEFINITION && !roots[definition.operation]) return [`本接口不支持 ${definition.operation} 操作`]
  }
  const errors = graphql.validate(schema, document, graphql.specifiedRules)
  if (errors.length) return errors.map((e) => e.message)
  for (const definition of document.definitions) {
    if (definition.kind !== graphql.Kind.OPERATION_DEFINITION) continue
    const count = rootFieldCount(graphql, document, definition.selectionSet.selections)
    if (count > maxRootFields) return [`一次 GraphQL 请求最多 ${maxRootFields} 个顶层字段（别名各算一个），本次 ${count} 个：请分成几次请求`]
  }
  return undefined
}

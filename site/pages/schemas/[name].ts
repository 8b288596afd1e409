import type { APIRoute, GetStaticPaths } from 'astro'
import { inputSchemas } from '../../../rules/index.ts'

/** The JSON Schemas of the inputs, the ones the command line validates against (rules/schemas.ts). */
export const getStaticPaths: GetStaticPaths = () => Object.keys(inputSchemas).map((name) => ({ params: { name } }))

export const GET: APIRoute = ({ params }) => {
  const schema = inputSchemas[params.name as keyof typeof inputSchemas]
  return new Response(JSON.stringify(schema, null, 2) + '\n', { headers: { 'content-type': 'application/schema+json; charset=utf-8' } })
}

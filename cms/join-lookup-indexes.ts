/**
 * SQLite indexes for the lookups Payload's join fields make, added to the schema Payload builds
 * (the adapter's `afterSchemaInit`), so migrations create them like any other index.
 *
 * A notice list computes each notice's reverse relations (Notices' `endedNotices` and
 * `announcedTopics`, Providers' `topics`) with one correlated subquery per row: "the rows whose
 * <relationship> is this document, newest first, at most 51". With only single-column indexes
 * SQLite answers it by walking a whole table in date order, for every row: an editor's list of
 * drafts (`draft=true`, read from the versions tables) took 6.6 s at 10,000 documents. An index
 * on (relationship, `latest` for versions, sort columns) answers each lookup with one seek, and
 * (latest, sort columns) lets the drafts list stop after its page.
 *
 * Column names are the SQL names Payload gives the fields; a missing column fails the start.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite/types'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

export interface LookupIndex {
  table: string
  columns: string[]
}

/** The join fields' lookups, on the live tables and on the versions tables drafts are read from. */
export const joinLookupIndexes: LookupIndex[] = [
  // Notices.endedNotices: notices whose statusBy is this one, by date.
  { table: 'notices', columns: ['status_by_id', 'date_issued', 'created_at'] },
  { table: '_notices_v', columns: ['version_status_by_id', 'latest', 'version_date_issued', 'created_at'] },
  // Notices.announcedTopics: topics whose sourceNotice is this one, by year.
  { table: 'topics', columns: ['source_notice_id', 'year', 'created_at'] },
  { table: '_topics_v', columns: ['version_source_notice_id', 'latest', 'version_year', 'created_at'] },
  // Providers.topics: topics whose provider is this one, by year.
  { table: 'topics', columns: ['provider_id', 'year', 'created_at'] },
  { table: '_topics_v', columns: ['version_provider_id', 'latest', 'version_year', 'created_at'] },
  // The drafts list itself: the latest version of each notice, newest first.
  { table: '_notices_v', columns: ['latest', 'version_date_issued', 'created_at'] },
]

export const indexName = (lookup: LookupIndex) => `${lookup.table}_${lookup.columns.join('_')}_lookup_idx`.replace(/^_+/, '')

type Columns = Record<string, { name?: string }>

export const addJoinLookupIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const lookup of joinLookupIndexes) {
    const table = schema.tables[lookup.table]
    if (!table) throw new Error(`索引所在的表 ${lookup.table} 不存在`)
    extendTable({
      table,
      extraConfig: (self: Columns) => {
        const columns = lookup.columns.map((name) => {
          const column = Object.values(self).find((c) => c?.name === name)
          if (!column) throw new Error(`表 ${lookup.table} 没有列 ${name}（索引 ${indexName(lookup)}）`)
          return column
        })
        return { [indexName(lookup)]: index(indexName(lookup)).on(...(columns as unknown as Parameters<ReturnType<typeof index>['on']>)) }
      },
    })
  }
  return schema
}

'use client'
import { useConfig, useListQuery } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

/**
 * Above every content list: the list as a spreadsheet (`GET /api/<collection>/export`), with the
 * filters currently applied. What is exported is what this account may read.
 */
/** `{ where: { title: { like: 'x' } } }` → `where[title][like]=x`, as Payload's REST reads it. */
function bracketed(value: unknown, prefix: string, out: URLSearchParams): URLSearchParams {
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) bracketed(item, `${prefix}[${key}]`, out)
  } else if (value !== undefined && value !== null) out.append(prefix, String(value))
  return out
}

export function ListExport(props: { collectionSlug?: string }) {
  const { config } = useConfig()
  const { query } = useListQuery()
  const pathname = usePathname()
  const collectionSlug = props.collectionSlug ?? pathname?.match(/\/collections\/([\w-]+)/)?.[1]
  if (!collectionSlug) return null
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/export`
  const link = (format: 'xlsx' | 'csv') => {
    const params = bracketed(query?.where, 'where', new URLSearchParams({ format }))
    return `${base}?${params.toString()}`
  }
  return (
    <p style={{ margin: '0 0 var(--base)' }}>
      导出当前列表（含筛选条件）：<a href={link('xlsx')}>Excel（.xlsx）</a> · <a href={link('csv')}>CSV</a>
    </p>
  )
}

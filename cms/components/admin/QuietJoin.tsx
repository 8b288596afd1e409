'use client'
import { JoinField, useDocumentInfo, useField } from '@payloadcms/ui'
import type { JoinFieldClientProps } from 'payload'
import React from 'react'

type Joined = { docs?: unknown[]; totalDocs?: number } | null | undefined

/**
 * A join field (反向关系: who cites this notice, the topics it announced…) that stays quiet until
 * there is something to show: nothing on a document not yet saved, one short line when nothing
 * points here yet, Payload's table otherwise. Payload's own field would print 「没有结果。没有找到
 * 通知。通知 并不存在…」 for each empty join. The value is the join's first page from the
 * form state (a join's value is not in the form data a `condition` sees).
 */
export function QuietJoin(props: JoinFieldClientProps) {
  const { id } = useDocumentInfo()
  const { value } = useField<Joined>({ potentiallyStalePath: props.path })
  if (id === undefined || id === null) return null
  const count = value?.totalDocs ?? value?.docs?.length ?? 0
  if (count === 0) {
    const label = typeof props.field.label === 'string' ? props.field.label : props.field.name
    return (
      <p className="field-type quiet-join" data-quiet-join={props.path} style={{ margin: '0 0 calc(var(--base) / 2)', color: 'var(--theme-elevation-500)' }}>
        {label}：暂无
      </p>
    )
  }
  return <JoinField {...props} />
}

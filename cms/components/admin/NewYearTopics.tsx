'use client'
import { Button, useAuth } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { ListPanel, useListAction } from './ListPanel.tsx'

type Plan = { year: number; fromYear?: number; providers: number; latestWithoutProviders?: number }

/**
 * Above the topics list: starts the coming year's topics from the latest providers on record
 * (`GET /api/topics/new-year` says which years, `POST` does it). Any staff member may use it
 * (it writes drafts only); safe to press twice.
 */
export function NewYearTopics() {
  const { user } = useAuth<{ role?: string }>()
  const [plan, setPlan] = useState<Plan | undefined>(undefined)
  const [round, setRound] = useState(0)
  const { busy, run } = useListAction()
  useEffect(() => {
    if (!user) return
    fetch('/api/topics/new-year', { credentials: 'include' })
      .then(async (res) => (res.ok ? setPlan((await res.json()) as Plan) : undefined))
      .catch(() => undefined)
  }, [user, round])
  if (!user || !plan) return null
  if (plan.fromYear === undefined) return null

  const generate = () =>
    run(() => fetch('/api/topics/new-year', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' }), {
      done: '已完成',
      failedPlainly: '生成失败',
      then: (ok) => ok && setRound((n) => n + 1),
    })

  return (
    <ListPanel>
      <p style={{ margin: '0 0 0.5em' }}>
        {plan.year} 年度专题：按 {plan.fromYear} 年度的 {plan.providers} 个培训单位
        {plan.latestWithoutProviders ? `（${plan.latestWithoutProviders} 年度的专题没有填写培训单位）` : ''}
        各建一份专题草稿（沿用培训单位、学习网址、咨询电话和学时），标题以「（待填写）」开头，合同期留空，补全后提交审核。已有专题的单位会跳过，重复点击不会重复生成。
      </p>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void generate()}>
        {busy ? '正在生成……' : `生成${plan.year}年度专题草稿`}
      </Button>
    </ListPanel>
  )
}

'use client'
import { Button, toast, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Result = { year?: number; fromYear?: number; message?: string; errors?: { message: string }[] }

/**
 * Above the topics list: starts next year's topics from last year's providers
 * (`POST /api/topics/new-year`). Shown to publishers and admins; safe to press twice.
 */
export function NewYearTopics() {
  const { user } = useAuth<{ role?: string }>()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (user?.role !== 'admin' && user?.role !== 'publisher') return null

  const run = async () => {
    setBusy(true)
    try {
      const res = await fetch('/api/topics/new-year', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const body = (await res.json()) as Result
      if (res.ok) {
        toast.success(body.message ?? '已完成')
        router.refresh()
      } else {
        toast.error(body.errors?.[0]?.message ?? '生成失败')
      }
    } catch {
      toast.error('网络错误，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)', padding: 'calc(var(--base) / 2) var(--base)', background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
      <p style={{ margin: '0 0 0.5em' }}>
        新年度专题：按最近一个年度的培训单位，为下一年度各建一份专题草稿（沿用培训单位、学习网址、咨询电话和学时），标题以「（待填写）」开头，合同期留空。已有专题的单位会跳过，重复点击不会重复生成。
      </p>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void run()}>
        {busy ? '正在生成……' : '生成下一年度专题草稿'}
      </Button>
    </div>
  )
}

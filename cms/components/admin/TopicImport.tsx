'use client'
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

type Problem = { row: number; column?: string; message: string }
type Result = { message?: string; created?: unknown[]; errors?: { message: string; data?: { problems?: Problem[] } }[] }

const where = (p: Problem) => (p.row ? `第 ${p.row} 行${p.column ? `「${p.column}」` : ''}：` : '')

/**
 * Above the topics list: the year's topics from a spreadsheet (`POST /api/topics/import`), as
 * drafts for review, with the template to fill in. A file with any bad row imports nothing and
 * the problems are listed here by row and column.
 */
export function TopicImport() {
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<Problem[]>([])

  const upload = async () => {
    const file = input.current?.files?.[0]
    if (!file) return void toast.error('请先选择 .xlsx 或 .csv 文件')
    setBusy(true)
    setProblems([])
    try {
      const form = new FormData()
      form.append('file', file)
      const res = await fetch('/api/topics/import', { method: 'POST', credentials: 'include', body: form })
      const body = (await res.json()) as Result
      if (res.ok) {
        toast.success(body.message ?? '导入完成')
        if (input.current) input.current.value = ''
        router.refresh()
      } else {
        setProblems(body.errors?.[0]?.data?.problems ?? [])
        toast.error(body.errors?.[0]?.data?.problems ? '导入失败，没有导入任何专题，请按下方列出的问题修改表格' : (body.errors?.[0]?.message ?? '导入失败'))
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
        从表格导入专题：按<a href="/api/topics/import-template">导入模板（Excel）</a>填写年度、专题名称、培训单位、学习网址、咨询电话、学时和合同期，每行一个专题。导入的专题都是草稿，审核发布后才公开。
      </p>
      <label htmlFor="topic-import-file" style={{ marginInlineEnd: '0.5em' }}>
        表格文件（.xlsx 或 .csv）
      </label>
      <input id="topic-import-file" ref={input} type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void upload()}>
        {busy ? '正在导入……' : '导入为草稿'}
      </Button>
      {problems.length > 0 && (
        <ul role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.5em 0 0' }}>
          {problems.map((p, i) => (
            <li key={i}>
              {where(p)}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

'use client'
import { Button, toast } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'
import { ListPanel, useListAction, type ActionAnswer } from './ListPanel.tsx'

type Problem = { row: number; column?: string; message: string }
type Answer = ActionAnswer & { errors?: { message: string; data?: { problems?: Problem[] } }[] }

const where = (p: Problem) => (p.row ? `第 ${p.row} 行${p.column ? `「${p.column}」` : ''}：` : '')

/**
 * Above the topics list: the year's topics from a spreadsheet (`POST /api/topics/import`), as
 * drafts for review, with the template to fill in. A file with any bad row imports nothing and
 * the problems are listed here by row and column.
 */
export function TopicImport() {
  const input = useRef<HTMLInputElement>(null)
  const [problems, setProblems] = useState<Problem[]>([])
  const { busy, run } = useListAction()

  const upload = async () => {
    const file = input.current?.files?.[0]
    if (!file) return void toast.error('请先选择 .xlsx 或 .csv 文件')
    setProblems([])
    const form = new FormData()
    form.append('file', file)
    await run<Answer>(() => fetch('/api/topics/import', { method: 'POST', credentials: 'include', body: form }), {
      done: '导入完成',
      failedPlainly: '导入失败',
      failed: (answer) => (answer.errors?.[0]?.data?.problems ? '导入失败，没有导入任何专题，请按下方列出的问题修改表格' : undefined),
      then: (ok, answer) => {
        if (ok && input.current) input.current.value = ''
        if (!ok) setProblems(answer.errors?.[0]?.data?.problems ?? [])
      },
    })
  }

  return (
    <ListPanel>
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
    </ListPanel>
  )
}

'use client'
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState, type ReactNode } from 'react'

/** The box above a list view that holds one of its tools (导入, 生成新年度草稿). */
export function ListPanel({ children }: { children: ReactNode }) {
  return (
    <div style={{ marginBottom: 'var(--base)', padding: 'calc(var(--base) / 2) var(--base)', background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
      {children}
    </div>
  )
}

export type ActionAnswer = { message?: string; errors?: { message: string; data?: unknown }[] }

interface Outcome<T> {
  /** the toast when the server says yes and names nothing itself */
  done: string
  /** the toast when it says no, when the server's own message does not do */
  failed?: (answer: T) => string | undefined
  /** the toast when it says no and names nothing */
  failedPlainly: string
  /** after either answer, with whether it succeeded */
  then?: (ok: boolean, answer: T) => void
}

/**
 * One request from a list tool: busy while it runs, the server's message as a toast, the list
 * refreshed on success, and a network failure said as such.
 */
export function useListAction() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const run = async <T extends ActionAnswer>(request: () => Promise<Response>, outcome: Outcome<T>) => {
    setBusy(true)
    try {
      const res = await request()
      const answer = (await res.json()) as T
      if (res.ok) {
        toast.success(answer.message ?? outcome.done)
        router.refresh()
      } else {
        toast.error(outcome.failed?.(answer) ?? answer.errors?.[0]?.message ?? outcome.failedPlainly)
      }
      outcome.then?.(res.ok, answer)
    } catch {
      toast.error('网络错误，请稍后再试')
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}

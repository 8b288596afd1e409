'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useField, useForm, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'
import { reviewStateLabels, type ReviewState } from '../states.ts'
import { useCreateOnFirstChange } from './create-on-first-change.ts'

const box: React.CSSProperties = {
  marginBottom: 'var(--base)',
  padding: 'calc(var(--base) / 2)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
}

const stateColor: Record<ReviewState, string> = {
  draft: 'var(--theme-elevation-500)',
  submitted: 'var(--theme-warning-500)',
  returned: 'var(--theme-error-500)',
}

/**
 * The review step in the document's sidebar (the `review` field's own component): the state,
 * the publisher's comment when returned, 「提交审核」 for whoever drafts, 「退回」 with a comment
 * for publishers; publishing stays Payload's own 发布 button. Each action is a draft save of the
 * whole form, so nothing typed is lost and the form takes the saved state back.
 * After a publish it says that the public site is being rebuilt, with a link to its status.
 */
export function ReviewPanel() {
  const { value } = useField<ReviewState>({ path: 'review' })
  const comment = useFormFields(([fields]) => fields.reviewComment?.value as string | undefined)
  const { submit } = useForm()
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const { config } = useConfig()
  const [returning, setReturning] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const formStatus = useFormFields(([fields]) => fields._status?.value as string | undefined)
  usePublishedNotice(savedDocumentData, formStatus, config.routes.admin)
  useCreateOnFirstChange()

  const state: ReviewState = value ?? 'draft'
  const publisher = user?.role === 'admin' || user?.role === 'publisher'

  const save = async (overrides: Record<string, unknown>) => {
    setBusy(true)
    try {
      await submit({
        action: `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?depth=0&fallback-locale=null&draft=true`,
        method: 'PATCH',
        overrides: { _status: 'draft', ...overrides },
        skipValidation: true,
      })
    } finally {
      setBusy(false)
    }
  }

  const sendBack = async () => {
    const text = note.trim()
    if (!text) {
      toast.error('请填写退回意见，写明需要修改的地方')
      return
    }
    await save({ review: 'returned', reviewComment: text })
    setReturning(false)
    setNote('')
  }

  return (
    <div style={box} data-review-panel data-review-state={state}>
      <div style={{ marginBottom: 'calc(var(--base) / 4)' }}>
        审核状态：<strong style={{ color: stateColor[state] }} data-review-label>{reviewStateLabels[state]}</strong>
      </div>
      {state === 'returned' && comment ? (
        <p style={{ margin: '0 0 calc(var(--base) / 2)', whiteSpace: 'pre-wrap' }} data-review-comment>
          退回意见：{comment}
        </p>
      ) : null}
      {id === undefined || id === null ? (
        <p style={{ margin: 0 }}>开始填写后自动保存为草稿，之后可以提交审核。</p>
      ) : (
        <>
          {state !== 'submitted' ? (
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void save({ review: 'submitted' })}>
              提交审核
            </Button>
          ) : (
            <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>
              {publisher ? '请核对后发布（「发布」旁的菜单可定时发布），或退回修改。' : '已提交，等待审核发布人员处理；审核结果会发邮件通知您。'}
            </p>
          )}
          {publisher && state === 'submitted' ? (
            returning ? (
              <div>
                <label htmlFor="review-return-note" style={{ display: 'block', marginBottom: 4 }}>
                  退回意见（必填）
                </label>
                <textarea id="review-return-note" rows={4} style={{ width: '100%' }} value={note} onChange={(e) => setNote(e.target.value)} />
                <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void sendBack()}>
                  确认退回
                </Button>{' '}
                <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setReturning(false)}>
                  取消
                </Button>
              </div>
            ) : (
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setReturning(true)}>
                退回修改
              </Button>
            )
          ) : null}
        </>
      )}
    </div>
  )
}

/** A publish (the saved document turning up published, after the page opened) gets its own toast. */
function usePublishedNotice(saved: Record<string, unknown> | undefined, formStatus: string | undefined, adminRoute: string) {
  const seen = useRef<string | undefined>(undefined)
  const status = formStatus ?? (saved?._status as string | undefined)
  const stamp = status ? `${status}@${String(saved?.updatedAt)}` : undefined
  useEffect(() => {
    if (!stamp) return
    const first = seen.current === undefined
    const changed = seen.current !== stamp
    seen.current = stamp
    if (first || !changed || status !== 'published') return
    toast.success(
      <span data-rebuild-toast>
        已发布。公众网站正在重建，约一分钟后更新；进度见
        <a href={`${adminRoute}/globals/site-build`} style={{ textDecoration: 'underline' }}>
          网站发布状态
        </a>
        。
      </span>,
      { duration: 10_000 },
    )
  }, [stamp, status, adminRoute])
}

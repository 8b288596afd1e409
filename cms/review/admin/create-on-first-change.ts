'use client'
import { useAllFormFields, useConfig, useDocumentInfo, useForm, useFormModified, useFormProcessing } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** Quiet time after the last keystroke before a new document is first saved. */
const settleMs = 3_000

/**
 * 创建新条目 saves nothing until the editor changes something; then, once typing pauses, the
 * draft is created (Payload then opens it under its id and autosaves as usual). Payload's own
 * autosave would instead create an empty draft the moment the page opens.
 */
export function useCreateOnFirstChange() {
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const [fields] = useAllFormFields()
  const { config } = useConfig()
  const started = useRef(false)

  useEffect(() => {
    if (id !== undefined && id !== null) return
    if (!collectionSlug || !modified || processing || started.current) return
    const timer = setTimeout(() => {
      started.current = true
      void submit({
        action: `${config.serverURL}${config.routes.api}/${collectionSlug}?depth=0&fallback-locale=null&draft=true`,
        method: 'POST',
        overrides: { _status: 'draft' },
        skipValidation: true,
      }).then((result) => {
        // refused (a value that is never valid): try again after the next change
        if (!result?.res?.ok) started.current = false
      })
    }, settleMs)
    return () => clearTimeout(timer)
  }, [id, collectionSlug, modified, processing, fields, submit, config.serverURL, config.routes.api])
}

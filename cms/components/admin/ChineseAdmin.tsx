'use client'
import React, { useEffect } from 'react'

/**
 * Labels the admin's libraries write in English whatever the language (the rich-text editor's
 * handles and link editor, the notification area), in Chinese.
 */
export const englishLabels: Record<string, string> = {
  'Drag to move': '拖动以移动',
  'Add block': '添加段落',
  'Edit link': '编辑链接',
  'Remove link': '删除链接',
  'Insert Paragraph': '在末尾添加段落',
  'Notifications alt+T': '通知（Alt+T）',
  'Close toast': '关闭提示',
}

const attributes = ['aria-label', 'title', 'placeholder'] as const

function translate(root: ParentNode) {
  for (const attribute of attributes) {
    for (const el of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
      const value = el.getAttribute(attribute)
      if (value && englishLabels[value]) el.setAttribute(attribute, englishLabels[value])
    }
  }
  // Payload titles each checkbox with its field's name (titleSupplied): show the label instead.
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][title]')) {
    if (box.title && box.title === box.name) {
      const label = box.id ? document.querySelector(`label[for="${CSS.escape(box.id)}"]`)?.textContent?.trim() : ''
      if (label) box.title = label
      else box.removeAttribute('title')
    }
  }
}

export function ChineseAdmin({ children }: { children?: React.ReactNode }) {
  useEffect(() => {
    translate(document)
    let pending = false
    const observer = new MutationObserver(() => {
      if (pending) return
      pending = true
      requestAnimationFrame(() => {
        pending = false
        translate(document)
      })
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: [...attributes] })
    // React may set a label again without a mutation reaching the observer first (hydration).
    const sweep = setInterval(() => translate(document), 1000)
    return () => {
      observer.disconnect()
      clearInterval(sweep)
    }
  }, [])
  return <>{children}</>
}

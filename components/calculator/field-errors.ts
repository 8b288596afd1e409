/**
 * How a calculator form shows what is wrong: a summary of links to the fields (focusable, under
 * its heading) and each field's own message, tied to it with aria-invalid and aria-describedby.
 * The yearly and the multi-year calculators both use it; they only say which field and what.
 */
import { el } from './dom.ts'

export interface FieldError {
  /** the id of the field's control; its message goes in `${id}-error` */
  id: string
  message: string
}

export function showFieldErrors(root: HTMLElement, summary: HTMLElement, titleId: string, errors: readonly FieldError[]): void {
  clearFieldErrors(root)
  summary.replaceChildren()
  summary.hidden = errors.length === 0
  if (errors.length === 0) return
  summary.append(el('h2', { id: titleId }, '出现问题'))
  const ul = el('ul')
  for (const { id, message } of errors) {
    const li = el('li')
    li.append(el('a', { href: `#${id}` }, message))
    ul.append(li)
    markField(root, id, message)
  }
  summary.append(ul)
}

function clearFieldErrors(root: HTMLElement): void {
  root.querySelectorAll('.field--error').forEach((n) => n.classList.remove('field--error'))
  root.querySelectorAll<HTMLElement>('.error-message').forEach((n) => { n.hidden = true; n.textContent = '' })
  root.querySelectorAll('[aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid')
    const rest = (n.getAttribute('aria-describedby') ?? '').split(' ').filter((t) => t !== '' && !t.endsWith('-error'))
    if (rest.length > 0) n.setAttribute('aria-describedby', rest.join(' '))
    else n.removeAttribute('aria-describedby')
  })
}

function markField(root: HTMLElement, id: string, message: string): void {
  const input = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)
  const inline = root.querySelector<HTMLElement>(`#${CSS.escape(id)}-error`)
  if (!inline || !input) return
  inline.hidden = false
  inline.textContent = message
  input.setAttribute('aria-invalid', 'true')
  input.setAttribute('aria-describedby', [`${id}-error`, input.getAttribute('aria-describedby')].filter(Boolean).join(' '))
  input.parentElement?.classList.add('field--error')
}

import type { JSXConverters, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { createElement, Fragment } from 'react'
import { safeUrl } from '../../../content/safeUrl.ts'

type LinkNode = { fields?: { url?: unknown; newTab?: unknown; linkType?: unknown }; children?: unknown[] }

/**
 * Links in the draft preview follow the public site's rule (content/safeUrl.ts): a link the site
 * would not render (javascript:, data:, vbscript:, //other-host …) is shown as its text only.
 * Internal links point at documents, which the preview does not resolve; they stay text too.
 */
const safeLink: JSXConverters['link'] = ({ node, nodesToJSX }) => {
  const { fields = {}, children = [] } = node as unknown as LinkNode
  const content = nodesToJSX({ nodes: children as never })
  const href = fields.linkType === 'internal' ? undefined : safeUrl(fields.url)
  if (!href) return createElement(Fragment, null, content)
  const newTab = fields.newTab === true
  return createElement('a', { href, rel: newTab ? 'noopener noreferrer' : undefined, target: newTab ? '_blank' : undefined }, content)
}

export const safeLinkConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: safeLink,
  autolink: safeLink as unknown as JSXConverters['autolink'],
})

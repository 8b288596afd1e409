import { describe, expect, it } from 'vitest'
import { lexical } from '../../test/lib/lexical.ts'
import { excerpt, renderRichText, richTextToPlain, richTextUploads, safeUrl } from './richtext.ts'

const { text, paragraph, link, root, internalLink, upload } = lexical

/** No tag, attribute or URL in the output that the renderer did not write itself. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<img/i)
  expect(html).not.toMatch(/<iframe/i)
  expect(html).not.toMatch(/<[a-z]+[^>]*\son[a-z]+\s*=/i)
  expect(html).not.toMatch(/href\s*=\s*"\s*(javascript|data|vbscript):/i)
  expect(html).not.toMatch(/style\s*=/i)
}

describe('renderRichText: the notice text as HTML', () => {
  it('renders 芜人社秘〔2025〕85号 style sections: headings, paragraphs, numbered lists', () => {
    const html = renderRichText({
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('一、培训对象')] },
          paragraph(text('全市行政区域内'), text('专业技术人员', 1), { type: 'linebreak' }, text('第二行', 2)),
          {
            type: 'list',
            listType: 'number',
            tag: 'ol',
            children: [
              { type: 'listitem', children: [text('参加培训班')] },
              { type: 'listitem', children: [text('网络远程教育')] },
            ],
          },
          { type: 'quote', children: [text('引文')] },
        ],
      },
    })
    expect(html).toBe(
      '<h2 id="s-一">一、培训对象</h2><p>全市行政区域内<strong>专业技术人员</strong><br><em>第二行</em></p>' +
        '<ol><li>参加培训班</li><li>网络远程教育</li></ol><blockquote>引文</blockquote>',
    )
  })

  it('links the phone numbers and e-mail addresses a notice prints, but not inside a link', () => {
    const html = renderRichText(root(paragraph(text('发送至电子邮箱：453851130@qq.com 进行申领；咨询电话：0551—12333 转 1 号键'), link('tel:055112333', '0551—12333'))))
    expect(html).toContain('<a href="mailto:453851130@qq.com">453851130@qq.com</a>')
    expect(html).toContain('<a href="tel:055112333">0551—12333</a> 转 1 号键')
    expect(html).not.toContain('<a href="tel:055112333"><a')
  })

  it('marks a link whose text is its address, so print does not repeat the address', () => {
    const html = renderRichText(root(paragraph(link('http://hrss.ah.gov.cn/ggfwpt', 'http://hrss.ah.gov.cn/ggfwpt'), link('http://hrss.ah.gov.cn/ggfwpt', '网上办事大厅'))))
    expect(html).toContain('<a href="http://hrss.ah.gov.cn/ggfwpt" class="shows-address">http://hrss.ah.gov.cn/ggfwpt</a>')
    expect(html).toContain('<a href="http://hrss.ah.gov.cn/ggfwpt">网上办事大厅</a>')
  })

  it('keeps the page h1 for the title: an h1 in the body becomes h2, or lower when asked', () => {
    const doc = { root: { type: 'root', children: [{ type: 'heading', tag: 'h1', children: [text('标题')] }] } }
    expect(renderRichText(doc)).toBe('<h2>标题</h2>')
    expect(renderRichText(doc, { minHeading: 4 })).toBe('<h4>标题</h4>')
  })

  it('renders underline, code and links that are safe', () => {
    const html = renderRichText(
      root(
        paragraph(
          text('下划线', 8),
          text('代码', 16),
          link('https://www.ahsjxjy.com', '学习平台'),
          link('tel:0551-12345678', '电话'),
          link('mailto:jxjy@example.cn', '邮件'),
          link('/calculator/', '计算器', 'autolink'),
        ),
      ),
    )
    expect(html).toContain('<u>下划线</u>')
    expect(html).toContain('<code>代码</code>')
    expect(html).toContain('<a href="https://www.ahsjxjy.com">学习平台</a>')
    expect(html).toContain('<a href="tel:0551-12345678">电话</a>')
    expect(html).toContain('<a href="mailto:jxjy@example.cn">邮件</a>')
    expect(html).toContain('<a href="/calculator/">计算器</a>')
  })

  it('renders tables with header cells', () => {
    const html = renderRichText({
      root: {
        type: 'root',
        children: [
          {
            type: 'table',
            children: [
              { type: 'tablerow', children: [{ type: 'tablecell', headerState: 1, children: [paragraph(text('学时'))] }] },
              { type: 'tablerow', children: [{ type: 'tablecell', headerState: 0, colSpan: 2, children: [paragraph(text('90'))] }] },
            ],
          },
        ],
      },
    })
    expect(html).toBe(
      '<div class="table-scroll"><table><tr><th><p>学时</p></th></tr><tr><td colspan="2"><p>90</p></td></tr></table></div>',
    )
  })
})

describe('renderRichText: hostile documents render inert', () => {
  it('escapes script tags and event handlers written as text', () => {
    const html = renderRichText(
      root(paragraph(text('<script>alert(1)</script>'), text('<img src=x onerror="alert(2)">'), text("' \" & <b>"))),
    )
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;')
    expect(html).toContain('&#39; &quot; &amp; &lt;b&gt;')
    expectInert(html)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '\\\\evil.example/x',
  ])('drops the link %j and keeps its text', (url) => {
    const html = renderRichText(root(paragraph(link(url, '点我'), link(url, '自动', 'autolink'))))
    expect(html).toBe('<p>点我自动</p>')
    expectInert(html)
  })

  it('keeps an entity-encoded scheme as an escaped relative path, which a browser does not decode', () => {
    const html = renderRichText(root(paragraph(link('javascript&colon;alert(1)', 'x'))))
    expect(html).toBe('<p><a href="javascript&amp;colon;alert(1)">x</a></p>')
    expectInert(html)
  })

  it('escapes quotes in a safe URL so it cannot break out of the attribute', () => {
    const html = renderRichText(root(paragraph(link('https://a.example/"><script>alert(1)</script>', 'x'))))
    expect(html).toBe('<p><a href="https://a.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</a></p>')
    expectInert(html)
  })

  it('drops raw-HTML and unknown nodes, keeping only their text children', () => {
    const html = renderRichText({
      root: {
        type: 'root',
        children: [
          { type: 'html', html: '<script>alert(1)</script>', children: [] },
          { type: 'block', fields: { blockType: 'code', code: '<iframe src=javascript:alert(1)>' } },
          { type: 'upload', value: { url: 'javascript:alert(1)' } },
          { type: 'mystery', children: [text('<svg onload=alert(1)>')] },
          { type: 'paragraph', style: 'background:url(javascript:alert(1))', children: [text('正文')] },
        ],
      },
    })
    expect(html).toBe('&lt;svg onload=alert(1)&gt;<p>正文</p>')
    expectInert(html)
  })

  it('ignores heading tags and list tags it does not know', () => {
    const html = renderRichText({
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'script', children: [text('x')] },
          { type: 'list', tag: 'script onload=alert(1)', listType: 'x', children: [{ type: 'listitem', children: [text('y')] }] },
          { type: 'tablecell', colSpan: '2 onmouseover=alert(1)', children: [text('z')] },
        ],
      },
    })
    expect(html).toBe('<h2>x</h2><ul><li>y</li></ul><td>z</td>')
  })
})

describe('renderRichText: internal links and images, resolved by the page', () => {
  const page = (relationTo: string, id: string | number) => (relationTo === 'notices' && id === 7 ? '/notices/wan-2025-1/' : undefined)
  const image = (id: string | number) =>
    id === 3 ? { src: '/_astro/a.webp', srcset: '/_astro/a-320.webp 320w', sizes: '100vw', width: 960, height: 540, alt: '报名"流程"' } : undefined

  it('links an internal link to the page of the document it names', () => {
    const html = renderRichText(root(paragraph(internalLink('notices', 7, '上年通知'))), { page })
    expect(html).toBe('<p><a href="/notices/wan-2025-1/">上年通知</a></p>')
  })

  it('keeps the text of an internal link whose document the site does not have (a draft, another collection)', () => {
    const doc = root(paragraph(internalLink('notices', 8, '草稿')), paragraph(internalLink('users', 7, '人')))
    expect(renderRichText(doc, { page })).toBe('<p>草稿</p><p>人</p>')
    expect(renderRichText(doc)).toBe('<p>草稿</p><p>人</p>')
  })

  it('accepts only site paths from the resolver', () => {
    const evil = () => 'javascript:alert(1)'
    const other = () => '//evil.example/x'
    expect(renderRichText(root(paragraph(internalLink('notices', 7, 'x'))), { page: evil })).toBe('<p>x</p>')
    expect(renderRichText(root(paragraph(internalLink('notices', 7, 'x'))), { page: other })).toBe('<p>x</p>')
  })

  it('shows an uploaded image with its size and escaped alt text, and nothing for an unknown file', () => {
    const html = renderRichText(root(upload(3) as never, upload(4) as never), { image })
    expect(html).toBe(
      '<figure class="rich-image"><img src="/_astro/a.webp" srcset="/_astro/a-320.webp 320w" sizes="100vw" width="960" height="540" alt="报名&quot;流程&quot;" loading="lazy" decoding="async"></figure>',
    )
    expect(renderRichText(root(upload(3) as never))).toBe('')
  })

  it('lists the images a document shows, once each, populated or not', () => {
    const doc = root(upload(3) as never, paragraph(text('x')), upload(3) as never, { ...upload(5), value: { id: 5 } } as never)
    expect(richTextUploads(doc)).toEqual([3, 5])
  })
})

describe('renderRichText: edge cases', () => {
  it.each([null, undefined, 'text', 42, [], {}, { root: null }, { root: 'x' }])('returns "" for %j', (doc) => {
    expect(renderRichText(doc)).toBe('')
  })

  it('skips empty paragraphs and children that are not nodes', () => {
    expect(renderRichText({ root: { type: 'root', children: [paragraph(), null, 'x', paragraph(text('有'))] } })).toBe('<p>有</p>')
  })
})

describe('safeUrl', () => {
  it.each([
    ['https://www.ahsjxjy.com/', 'https://www.ahsjxjy.com/'],
    ['http://example.cn', 'http://example.cn'],
    ['mailto:a@b.cn', 'mailto:a@b.cn'],
    ['tel:4008816822', 'tel:4008816822'],
    ['/notices/x/', '/notices/x/'],
    ['../x', '../x'],
    ['#part', '#part'],
    ['?q=1', '?q=1'],
    ['a/b:c', 'a/b:c'],
  ])('keeps %j', (url, expected) => expect(safeUrl(url)).toBe(expected))

  it.each(['javascript:x', 'a:b', 'ftp://x', '//cdn.example.cn/x', '/\\evil.example', '', '   ', 42, null])('drops %j', (url) => expect(safeUrl(url)).toBeUndefined())
})

describe('plain text', () => {
  it('joins blocks with newlines and cuts excerpts at whole characters', () => {
    const doc = root(paragraph(text('第一段')), paragraph(text('第二段'), { type: 'linebreak' }, text('续')))
    expect(richTextToPlain(doc)).toBe('第一段\n第二段\n续')
    expect(excerpt(doc, 4)).toBe('第一段 …')
    expect(excerpt(doc, 100)).toBe('第一段 第二段 续')
  })
})

describe('a lost span of a scan', () => {
  const gap = {
    root: {
      type: 'root',
      children: [
        { type: 'quote', children: [{ type: 'text', text: '【扫描件缺失】第十三条：仅存行首残字。全文可向安徽省人力资源和社会保障厅索取。' }] },
        { type: 'quote', children: [{ type: 'text', text: '本站注：普通引用。' }] },
      ],
    },
  }

  it('is one marked note saying what is missing, not a quotation', () => {
    const html = renderRichText(gap)
    expect(html).toContain('<aside class="scan-gap" role="note"><p><strong class="scan-gap-label">扫描件缺失</strong>第十三条：仅存行首残字。')
    expect(html.match(/扫描件缺失/g)).toHaveLength(1)
    expect(html).toContain('<blockquote>本站注：普通引用。</blockquote>')
  })
})

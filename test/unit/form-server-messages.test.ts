import { describe, expect, it } from 'vitest'

import { inLanguage, problemIn } from '../../app/(frontend)/_forms/serverMessages'
import { counterNoticeTexts } from '../../app/(frontend)/counter-notice/strings'
import { removalTexts } from '../../app/(frontend)/removal-request/strings'

describe('a Chinese form shows the server’s refusals in Chinese', () => {
  it('translates a known message, each sentence of a joined one, and leaves English forms alone', () => {
    const quick = 'The form was sent too quickly after it was opened; please check it and send it again.'
    expect(inLanguage(quick, 'zh')).toBe('表单在打开后提交过快，请检查后再次提交。')
    expect(inLanguage(quick, 'en')).toBe(quick)
    expect(inLanguage('This field is required. Type your full name as your signature.', 'zh')).toBe(
      '此栏为必填项。请输入您的全名作为签名。',
    )
    // One not translated yet is shown as written rather than lost.
    expect(inLanguage('Please send a carrier pigeon.', 'zh')).toBe('Please send a carrier pigeon.')
  })

  it('translates messages that carry a file name, an address or a number, joined or alone', () => {
    expect(inLanguage('Attach at most 3 files.', 'zh')).toBe('最多可附 3 个文件。')
    expect(inLanguage('scan of licence.v2.gif is not a PDF, JPEG, PNG or WebP file.', 'zh')).toBe(
      '“scan of licence.v2.gif”不是 PDF、JPEG、PNG 或 WebP 文件。',
    )
    expect(inLanguage('photo.png is larger than 2 MB.', 'zh')).toBe('“photo.png”超过 2 MB。')
    const urls = [
      'https://other.example/a.html is not on this site (expo.example); we can act only on our own pages.',
      'https://expo.example/editions/1999 does not lead to anything published on this site.',
      '"hello" is not a web address.',
    ].join(' ')
    expect(inLanguage(urls, 'zh')).toBe(
      'https://other.example/a.html 不在本站（expo.example）上；我们只能处理本站的页面。 ' +
        'https://expo.example/editions/1999 在本站没有对应的已发布内容。 “hello”不是网址。',
    )
    expect(inLanguage('Too many messages from your network just now; please try again in 12 minutes.', 'zh')).toBe(
      '来自您所在网络的消息过多，请 12 分钟后再试。',
    )
    expect(
      inLanguage(
        'This field is required. /editions/x is not an edition, organization, page or media file of this site.',
        'zh',
      ),
    ).toBe('此栏为必填项。 /editions/x 不是本站的届次、机构、页面或媒体文件。')
  })

  it('translates every message of a refusal', () => {
    const refused = problemIn(
      {
        errors: { name: 'This field is required.' },
        formError: 'Some fields need your attention; see the messages below each one.',
      },
      'zh',
    )
    expect(refused).toEqual({
      errors: { name: '此栏为必填项。' },
      formError: '部分栏目需要修改，请查看各栏下方的提示。',
    })
  })
})

describe('the forms’ Chinese texts use the established legal terms', () => {
  it('notice, counter-notice, prima facie evidence, removal, disconnecting the link', () => {
    const zh = JSON.stringify({ ...removalTexts('zh'), ...counterNoticeTexts('zh') })
    for (const term of ['通知', '反通知', '声明', '初步证明材料', '删除', '断开链接', '真实性负责'])
      expect(zh).toContain(term)
    expect(removalTexts('en').title).toBe('Request removal of content')
  })
})

describe('the transparency report’s half-years', () => {
  it('are named in the page’s language, the English one as the report itself names it', async () => {
    const { transparencyTexts } = await import('../../app/(frontend)/transparency/strings')
    const { parsePeriod } = await import('../../src/takedown/transparency')
    expect(transparencyTexts('zh').periodLabel('2026-H2')).toBe('2026 年下半年（7–12 月）')
    expect(transparencyTexts('zh').periodLabel('2027-H1')).toBe('2027 年上半年（1–6 月）')
    for (const key of ['2026-H1', '2026-H2'])
      expect(transparencyTexts('en').periodLabel(key)).toBe(parsePeriod(key)!.label)
  })
})

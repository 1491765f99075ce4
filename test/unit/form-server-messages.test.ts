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
    expect(inLanguage('Attach at most 3 files.', 'zh')).toBe('Attach at most 3 files.')
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

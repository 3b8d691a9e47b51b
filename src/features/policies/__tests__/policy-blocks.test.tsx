import { render, screen, within } from '@testing-library/react'
import type { PolicyBlock } from '@/shared/contracts/policies'
import { PolicyBlocks } from '../components/policy-blocks'

describe('a policy’s full text, drawn natively from its blocks', () => {
  it('draws headings of three levels, paragraphs, numbered and plain lists', () => {
    const blocks: PolicyBlock[] = [
      { type: 'heading', level: 1, text: '第一章 总则' },
      { type: 'heading', level: 2, text: '一、补贴对象' },
      { type: 'heading', level: 3, text: '（一）高校毕业生' },
      { type: 'paragraph', text: '为鼓励创业带动就业，制定本办法。' },
      { type: 'list', ordered: true, items: ['身份证', '营业执照'] },
      { type: 'list', ordered: false, items: ['当面办理', '邮寄办理'] },
    ]
    render(<PolicyBlocks blocks={blocks} />)

    expect(screen.getByRole('heading', { name: '第一章 总则' })).toHaveAttribute('aria-level', '2')
    expect(screen.getByRole('heading', { name: '一、补贴对象' })).toHaveAttribute('aria-level', '3')
    expect(screen.getByRole('heading', { name: '（一）高校毕业生' })).toHaveAttribute('aria-level', '4')
    expect(screen.getByText('为鼓励创业带动就业，制定本办法。')).toBeInTheDocument()

    const [ordered, plain] = screen.getAllByRole('list')
    const orderedItems = within(ordered!).getAllByRole('listitem')
    expect(orderedItems.map((item) => item.textContent)).toEqual(['1.身份证', '2.营业执照'])
    expect(within(plain!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['•当面办理', '•邮寄办理'])
  })

  it('draws a table as rows of cells that wrap, however long the cells are', () => {
    const long = '持《就业创业证》的登记失业人员、毕业年度内高校毕业生、返乡创业农民工、退役军人等，'.repeat(4)
    const blocks: PolicyBlock[] = [
      {
        type: 'table',
        header: ['对象', '标准', '期限', '说明'],
        rows: [
          ['高校毕业生', '5000 元', '一次性', long],
          ['就业困难人员', '3000 元', '一次性', ''],
        ],
      },
    ]
    const { container } = render(<PolicyBlocks blocks={blocks} />)

    const table = screen.getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(within(rows[0]!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['对象', '标准', '期限', '说明'])
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['高校毕业生', '5000 元', '一次性', long])
    expect(within(rows[2]!).getAllByRole('cell')).toHaveLength(4)
    // Cells share the width and wrap (policies.scss): no fixed widths, no horizontal scroller.
    for (const cell of container.querySelectorAll('.yz-policy-text__cell')) {
      expect(cell).toHaveClass('yz-policy-text__cell')
      expect(cell.getAttribute('style')).toBeNull()
    }
    expect(container.querySelector('scroll-view, .taro-scroll-view')).toBeNull()
  })

  it('shows markup as the characters typed, never as markup', () => {
    const blocks: PolicyBlock[] = [
      { type: 'heading', level: 1, text: '<h1>标题</h1>' },
      { type: 'paragraph', text: '<b>x</b>' },
      { type: 'paragraph', text: '<img src=x onerror=alert(1)>&amp;' },
      { type: 'list', ordered: false, items: ['<script>alert(1)</script>'] },
      { type: 'table', header: ['<i>列</i>'], rows: [['<a href="http://x">链接</a>']] },
    ]
    const { container } = render(<PolicyBlocks blocks={blocks} />)

    expect(screen.getByText('<b>x</b>')).toBeInTheDocument()
    expect(screen.getByText('<img src=x onerror=alert(1)>&amp;')).toBeInTheDocument()
    expect(screen.getByText('<h1>标题</h1>')).toBeInTheDocument()
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument()
    expect(screen.getByText('<i>列</i>')).toBeInTheDocument()
    expect(screen.getByText('<a href="http://x">链接</a>')).toBeInTheDocument()
    expect(container.querySelector('b, h1, img, script, i, a')).toBeNull()
  })
})

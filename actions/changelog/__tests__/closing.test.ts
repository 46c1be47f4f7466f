import { describe, expect, test } from '@jest/globals'
import { closingIssues, withIssueLabels } from '../src/domain/closing.js'

describe('closing references', () => {
  test("GitHub's keywords, one reference each, this repository only", () => {
    const body = [
      'Fixes #12',
      'closes: #13',
      'Resolved acme/widget#14',
      'fix https://github.com/acme/widget/issues/15',
      'Closes other/repo#99',
      'Closes #16, #17',
      'see #18',
      'prefixes #19',
      '<!-- Closes #20 -->',
      'RESOLVES #21',
    ].join('\n')
    expect(closingIssues(body, 'acme/widget')).toEqual([12, 13, 14, 15, 16, 21])
    expect(closingIssues(null)).toEqual([])
  })

  test("a PR takes its closed issues' labels once, after its own", () => {
    const labels = new Map([
      [12, ['enhancement', 'Bug']],
      [13, ['security']],
    ])
    expect(withIssueLabels({ labels: ['bug'], closes: [12, 13] }, labels)).toEqual({
      labels: ['bug', 'enhancement', 'security'],
      closes: [12, 13],
      issueLabels: ['enhancement', 'security'],
    })
    expect(withIssueLabels({ labels: ['bug'], closes: [] }, labels)).toEqual({ labels: ['bug'], closes: [] })
  })
})

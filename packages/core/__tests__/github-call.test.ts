import { describe, expect, it } from '@jest/globals'
import { callGitHub, GITHUB_HINTS, RemoteError, statusOf, toRemoteError } from '@shipline/core'

/** What octokit's RequestError carries. */
const httpError = (status: number, message?: string): Error =>
  Object.assign(new Error(`octokit: ${status}`), { status, response: { data: message ? { message } : {} } })

describe('toRemoteError', () => {
  it('names the operation, the status and GitHub’s message, with the default hint for a 403', () => {
    const e = toRemoteError('List pull requests', httpError(403, 'Resource not accessible by integration'))
    expect(e).toBeInstanceOf(RemoteError)
    expect((e as RemoteError).message).toBe(
      'List pull requests failed (HTTP 403): Resource not accessible by integration',
    )
    expect((e as RemoteError).status).toBe(403)
    expect((e as RemoteError).hint).toBe(GITHUB_HINTS[403])
  })
  it('a caller’s hint wins over the default', () => {
    const e = toRemoteError('Save', httpError(403, 'no'), { 403: "needs 'deployments: write'" }) as RemoteError
    expect(e.hint).toBe("needs 'deployments: write'")
  })
  it('5xx: says GitHub failed and to re-run; without a body message the error’s own message is the detail', () => {
    const e = toRemoteError('Get release', httpError(502)) as RemoteError
    expect(e.message).toBe('Get release failed (HTTP 502): octokit: 502')
    expect(e.hint).toMatch(/server error/)
  })
  it('keeps the cause', () => {
    const cause = httpError(404, 'Not Found')
    expect((toRemoteError('Get', cause) as RemoteError).cause).toBe(cause)
  })
  it('passes through errors without an HTTP status, and RemoteErrors', () => {
    const bug = new TypeError('x is undefined')
    expect(toRemoteError('Get', bug)).toBe(bug)
    const already = new RemoteError('Get', 500, 'boom')
    expect(toRemoteError('Other', already)).toBe(already)
  })
})

describe('statusOf', () => {
  it.each([
    [httpError(404), 404],
    [new Error('plain'), undefined],
    [{ status: '404' }, undefined],
    [undefined, undefined],
  ])('%p → %p', (error, status) => expect(statusOf(error)).toBe(status))
})

describe('callGitHub', () => {
  it('returns the answer', async () => expect(await callGitHub('Get', async () => 42)).toBe(42))
  it('throws a RemoteError for an HTTP failure', async () => {
    await expect(callGitHub('Get', () => Promise.reject(httpError(500, 'boom')))).rejects.toThrow(
      'Get failed (HTTP 500): boom',
    )
  })
  it('an absent status resolves to undefined; others still fail', async () => {
    expect(await callGitHub('Get', () => Promise.reject(httpError(404)), { absent: [404] })).toBeUndefined()
    await expect(callGitHub('Get', () => Promise.reject(httpError(403)), { absent: [404] })).rejects.toBeInstanceOf(
      RemoteError,
    )
  })
})

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { apiBaseUrl, createGitHubClient, currentRepo, isLoopbackUrl, UserError } from '@shipline/core'
import { captureStdout } from './stdout.js'

const stdout = captureStdout()

describe('apiBaseUrl', () => {
  it.each([
    [{}, 'https://api.github.com'],
    [{ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }, 'https://ghe.example.com/api/v3'],
    [{ GITHUB_API_URL: 'http://127.0.0.1:4010' }, 'http://127.0.0.1:4010'],
  ])('%j → %s', (env, url) => expect(apiBaseUrl(env)).toBe(url))
})

describe('currentRepo', () => {
  it('splits GITHUB_REPOSITORY', () =>
    expect(currentRepo({ GITHUB_REPOSITORY: 'acme/app' })).toEqual({ owner: 'acme', repo: 'app' }))
  it('explains a missing value', () =>
    expect(() => currentRepo({})).toThrow("GITHUB_REPOSITORY is '', expected 'owner/repo'"))
})

describe('createGitHubClient', () => {
  let server: Server
  let seen: IncomingMessage[]
  let base: string
  beforeEach(async () => {
    seen = []
    server = createServer((req, res) => {
      seen.push(req)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ login: 'octocat', id: 1 }))
    })
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => new Promise<void>((ok) => server.close(() => ok())))

  it('talks to the base URL it is given (GitHub Enterprise Server style path kept)', async () => {
    const client = await createGitHubClient({ token: 'ghs_secret123', baseUrl: `${base}/api/v3`, action: 'changelog' })
    const { data } = await client.rest.users.getAuthenticated()
    expect(data.login).toBe('octocat')
    expect(seen[0]?.url).toBe('/api/v3/user')
    expect(seen[0]?.headers.authorization).toBe('token ghs_secret123')
    expect(seen[0]?.headers['user-agent']).toMatch(/^shipline\/\d+\.\d+\.\d+ \(changelog\)/)
  })

  it('defaults to GITHUB_API_URL', async () => {
    process.env.GITHUB_API_URL = base
    try {
      const client = await createGitHubClient({ token: 't0ken-value' })
      await client.rest.users.getAuthenticated()
      expect(seen).toHaveLength(1)
    } finally {
      delete process.env.GITHUB_API_URL
    }
  })

  it('masks the token before anything else is logged', async () => {
    await createGitHubClient({ token: 'ghs_masked_value', baseUrl: base })
    expect(stdout.chunks()[0]).toBe('::add-mask::ghs_masked_value\n')
  })

  it('refuses an empty token with a hint', async () => {
    await expect(createGitHubClient({ token: '' })).rejects.toThrow(UserError)
    await expect(createGitHubClient({ token: '' })).rejects.toThrow('No GitHub token was given')
  })
})

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:4010', true],
    ['http://127.8.9.1', true],
    ['http://localhost:3000/api/v3', true],
    ['http://[::1]:80', true],
    ['https://api.github.com', false],
    ['https://ghe.example.com/api/v3', false],
    ['http://127.0.0.1.nip.io', false],
    ['not a url', false],
  ])('%s → %p', (url, want) => expect(isLoopbackUrl(url)).toBe(want))
})

describe('retries', () => {
  let server: Server
  let hits: number
  let base: string
  beforeEach(async () => {
    hits = 0
    server = createServer((_req, res) => {
      hits++
      res.writeHead(403, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        }),
      )
    })
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => new Promise<void>((ok) => server.close(() => ok())))

  it('does not retry a permission 403 (asking again cannot change it)', async () => {
    const client = await createGitHubClient({ token: 't0ken-value', baseUrl: base })
    await expect(client.rest.repos.createRelease({ owner: 'o', repo: 'r', tag_name: 'v1' })).rejects.toMatchObject({
      status: 403,
    })
    expect(hits).toBe(1)
  })
})

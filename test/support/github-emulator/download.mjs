// @ts-check
/** `browser_download_url`: the web download of a release asset, served with its bytes (no token needed, like github.com). */
import { createReadStream } from 'node:fs'
import { tagPath } from './handlers/releases.mjs'

const DOWNLOAD = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/

/**
 * @param {import('./app.mjs').App} app
 * @param {URL} url
 * @param {import('node:http').ServerResponse} res
 * @returns {Promise<boolean>} whether the URL was a download URL (answered here)
 */
export async function serveDownload(app, url, res) {
  const m = DOWNLOAD.exec(url.pathname)
  if (!m) return false
  const [owner, name, tag, file] = m.slice(1).map((s) => decodeURIComponent(s ?? ''))
  const repo = app.store.get(String(owner), String(name))
  const rel = repo && [...repo.releases.values()].find((r) => tagPath(r) === tag)
  const asset = rel && [...rel.assets.values()].find((a) => a.name === file)
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('Not Found')
    return true
  }
  asset.downloads++
  res.writeHead(200, {
    'content-type': asset.contentType,
    'content-length': String(asset.size),
    'content-disposition': `attachment; filename=${encodeURIComponent(asset.name)}`,
  })
  await new Promise((ok) => createReadStream(asset.file).on('error', ok).pipe(res).on('finish', ok))
  return true
}

// ajv formats for GitHub's OpenAPI description, as a CommonJS module so precompiled (standalone) validators can
// require it by absolute path. Full ajv-formats, plus GitHub's non-standard formats accepted as-is, plus `uri`
// accepting "" (GitHub declares e.g. deployment-status `target_url` as `format: uri` with `default: ""` and sends "").
'use strict'
const { fullFormats } = require('ajv-formats/dist/formats')

const uri = fullFormats.uri
const check = typeof uri === 'function' ? uri : uri.validate
const loose = [
  'int32',
  'int64',
  'double',
  'float',
  'repo.nwo',
  'binary',
  'uri-template',
  'timestamp',
  'byte',
  'password',
]

module.exports = {
  ...fullFormats,
  ...Object.fromEntries(loose.map((f) => [f, true])),
  uri: (s) => s === '' || check(s),
}

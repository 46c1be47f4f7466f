import { test } from 'node:test'
import assert from 'node:assert/strict'
import { greet } from '../src/index.js'

test('greets the world by default', () => assert.equal(greet(), 'Hello, world!'))
test('greets by name, bounded', () => assert.equal(greet('x'.repeat(100)).length, 'Hello, !'.length + 64))

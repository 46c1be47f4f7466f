import { test } from 'node:test'
import assert from 'node:assert/strict'
import { greet, greetWarmly } from '../src/index.js'

test('greets the world by default', () => assert.equal(greet(), 'Hello, world!'))
test('greets by name, bounded', () => assert.equal(greet('x'.repeat(100)).length, 'Hello, !'.length + 64))
test('the new greeting (behind the new-greeting flag) is bounded too', () => {
  assert.equal(greetWarmly(), 'Welcome back, world!')
  assert.equal(greetWarmly('x'.repeat(100)).length, 'Welcome back, !'.length + 64)
})

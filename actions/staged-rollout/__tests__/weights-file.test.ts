import { describe, expect, it } from '@jest/globals'
import { notAWeightsFile, weightsDoc } from '../src/domain/weights-file.js'

describe('weights file: only a file this router wrote may be replaced', () => {
  it('accepts what the router writes, for any pair of versions', () => {
    expect(notAWeightsFile(`${JSON.stringify(weightsDoc('blue', 'green', 20), null, 2)}\n`)).toBeUndefined()
    expect(notAWeightsFile('{"v1": 0, "v2": 100}')).toBeUndefined()
  })
  it.each([
    ['', 'an empty file'],
    ['root:x:0:0:root:/root:/bin/bash\n', '32 bytes that are not JSON (first line: "root:x:0:0:root:/root:/bin/bash")'],
    ['[50, 50]', 'JSON that is not an object (a list)'],
    ['{}', 'an empty JSON object'],
    ['{"port": 8080}', 'a JSON object whose "port" is 8080, not a whole percent'],
    ['{"a": 50.5, "b": 49.5}', 'a JSON object whose "a" is 50.5, not a whole percent'],
    ['{"a": 30, "b": 30}', 'a JSON object of percents summing to 60, not 100'],
  ])('says what it found in %p', (text, found) => expect(notAWeightsFile(text)).toBe(found))
})

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { lineEndWithin, lineStartWithin } from '../../src/detect/line-window.js'

const rows: Array<[name: string, got: () => number, want: number]> = [
  // Line breaks of either kind end a line
  ['start after a newline', () => lineStartWithin('ab\ncd', 4, 10), 3],
  ['start after a carriage return', () => lineStartWithin('ab\rcd', 4, 10), 3],
  ['start of text', () => lineStartWithin('abcd', 3, 10), 0],
  // The limit applies when the line is longer
  ['start capped', () => lineStartWithin('x'.repeat(50), 40, 10), 30],
  ['end at a newline', () => lineEndWithin('ab\ncd', 0, 10), 2],
  ['end of text', () => lineEndWithin('abcd', 1, 10), 4],
  ['end capped', () => lineEndWithin('x'.repeat(50), 5, 10), 15],
]
for (const [name, got, want] of rows) {
  test(name, () => assert.equal(got(), want))
}

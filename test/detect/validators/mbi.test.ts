import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { isValidMbi } from '../../../src/detect/validators/mbi.js'

describe('isValidMbi follows the CMS position rules', () => {
  const rows: Array<[id: string, valid: boolean, why: string]> = [
    ['1EG4TE5MK73', true, 'the CMS example'],
    ['9AA0AA0AA00', true, 'letters and zeros where allowed'],
    ['1EG4TE5MK7S', false, 'position 11 must be a digit'],
    ['0EG4TE5MK73', false, 'position 1 cannot be 0'],
    ['1SG4TE5MK73', false, 'S is never used'],
    ['1LG4TE5MK73', false, 'L is never used'],
    ['1OG4TE5MK73', false, 'O is never used'],
    ['1IG4TE5MK73', false, 'I is never used'],
    ['1BG4TE5MK73', false, 'B is never used'],
    ['1ZG4TE5MK73', false, 'Z is never used'],
    ['1EGXTE5MK73', false, 'position 4 must be a digit'],
    ['1EG4TE5M773', false, 'position 9 must be a letter'],
    ['1EG4-TE5-MK73', false, 'dashes are removed before validation'],
    ['1eg4te5mk73', false, 'letters must be upper case'],
  ]
  for (const [id, valid, why] of rows) {
    test(why, () => assert.equal(isValidMbi(id), valid))
  }
})

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { phoneRecognizer } from '../../../src/detect/recognizers/phone-recognizer.js'
import { findWith, type FoundValue } from '../../support/recognizer-findings.js'

const phone = (value: string): FoundValue => ({ type: 'PHONE', value })
const fax = (value: string): FoundValue => ({ type: 'FAX', value })

describe('phone recognizer reads the printed forms', () => {
  const rows: Array<[text: string, expected: FoundValue[], why: string]> = [
    ['Call (312) 555-0199.', [phone('(312) 555-0199')], 'parentheses'],
    ['Call 312.555.0199', [phone('312.555.0199')], 'dots'],
    ['Phone 3125550199', [phone('3125550199')], 'bare digits after a label'],
    ['Mobile: +1 312 555 0199', [phone('+1 312 555 0199')], '+1 and spaces'],
    ['Home: 1-312-555-0199', [phone('1-312-555-0199')], 'leading 1'],
    ['at (312)555-0199 ext. 23', [phone('(312)555-0199 ext. 23')], 'extension'],
    ['Contact: 312-555-0199 x 767.', [phone('312-555-0199 x 767')], 'x extension'],
    ['|^PRN^PH^^1^312^5550199~', [phone('312^5550199')], 'HL7 XTN components'],
    ['(Jane Doe (3125550199))', [phone('3125550199')], 'bare digits in parentheses'],
    ['Helpline 503/555-0172 (days)', [phone('503/555-0172')], 'a slash after the area code'],
    ['PID|1||55^^^H^MR||DOE^JO||||||||503^5550172||', [phone('503^5550172')], 'HL7 PID-13 alone'],
    ['Caller ID: +15035550172 (mobile)', [phone('+15035550172')], 'caller ID names a phone'],
    ['Ring the desk at 503-555-0172, ext. 12', [phone('503-555-0172, ext. 12')], 'comma, ext.'],
    ['London office +44 20 7946 0958', [phone('+44 20 7946 0958')], 'international form'],
    [
      'PID|1||55^^^H^MR||DOE^JO||||||||(503)555-0172^PRN^PH||',
      [phone('(503)555-0172')],
      'HL7 XTN with the whole number before its use code',
    ],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => assert.deepEqual(findWith(phoneRecognizer, text), expected))
  }
})

describe('phone recognizer tells fax from phone by the nearest label', () => {
  const rows: Array<[text: string, expected: FoundValue[], why: string]> = [
    [
      'Tel (785)347-9879 | Fax 419 970 7962',
      [phone('(785)347-9879'), fax('419 970 7962')],
      'tel then fax on one line',
    ],
    [
      'phone 503.548.4176, fax 773-951-5749.',
      [phone('503.548.4176'), fax('773-951-5749')],
      'a fax label after a phone number labels the next number',
    ],
    ['P: 319-467-4006 | F: 605-427-6796', [phone('319-467-4006'), fax('605-427-6796')], 'P: / F:'],
    ['312-555-0100 (fax)', [fax('312-555-0100')], 'fax after the number'],
    ['Fax # is 574.350.4524.', [fax('574.350.4524')], 'fax # is'],
    ['Fax number: 617-555-0121', [fax('617-555-0121')], '"number" after fax'],
    ['|^WPN^FX^^1^312^5550100~', [fax('312^5550100')], 'HL7 equipment type FX'],
    [
      'Suite 4, Boise ID\nT 208-555-0161  F 208-555-0162',
      [phone('208-555-0161'), fax('208-555-0162')],
      'letterhead capitals T and F',
    ],
    [
      'Clinic ph 503/555-0110, fax 503/555-0111',
      [phone('503/555-0110'), fax('503/555-0111')],
      'slash',
    ],
    ['report faxed to the PCP at 215-555-0143', [fax('215-555-0143')], 'faxed to'],
    ['Faxing the records to (412) 555-0178 now', [fax('(412) 555-0178')], 'faxing'],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => assert.deepEqual(findWith(phoneRecognizer, text), expected))
  }
})

describe('phone recognizer reads numbers said digit by digit', () => {
  const rows: Array<[text: string, expected: FoundValue[], why: string]> = [
    [
      'CALLER: my cell is six one seven, five five five, zero one nine two.',
      [phone('six one seven, five five five, zero one nine two')],
      'a transcript with commas',
    ],
    [
      'pt asked us to call me back at four zero four five five five oh one three eight',
      [phone('four zero four five five five oh one three eight')],
      '"oh" for zero, no separators but spaces',
    ],
    [
      'Fax number: three one two - five five five - zero one four four',
      [fax('three one two - five five five - zero one four four')],
      'a fax said aloud',
    ],
  ]
  for (const [text, expected, why] of rows) {
    test(why, () => assert.deepEqual(findWith(phoneRecognizer, text), expected))
  }
})

describe('phone recognizer leaves look-alikes alone', () => {
  const rows: Array<[text: string, why: string]> = [
    ['BP 132/84, HR 72', 'vital signs'],
    ['SSN 443-03-7368', 'an SSN is 3-2-4'],
    ['|||||978788-0170|||', 'an account number split 6-4'],
    ['OBX|1|NM|123^4567890^LN', 'two HL7 components that are no whole field'],
    ['ratio 120/555-0100 of', 'a slash after a number that is no area code'],
    ['Patient Acct No: 6731877143', 'ten bare digits after an account label'],
    ['NPI: 2345678903', 'ten bare digits after an NPI label'],
    ['Seen 2021-03-04 at 10:30', 'a date and a time'],
    ['Call 123-456-7890', 'area code starts with 1'],
    ['Call 312-155-0199', 'exchange starts with 1'],
    ['Batch 3125550199 posted', 'bare digits without a phone label'],
    ['Supplier Services  NSC # 2214059001', 'ten bare digits after another number sign'],
    ['Order No. 3125550199 shipped', 'ten bare digits after an order number'],
    ['phone count: one two three four five six seven eight nine zero', 'not a valid NANP'],
    ['she counted one two three four five six seven eight nine ten', 'counting, no label'],
    // Lines that reach a vendor or a meeting
    ['For technical support call 1-877-555-0102', 'a vendor support line'],
    ['Dial-in: (646) 555-0187, passcode 5521#', 'a conference dial-in'],
    ['Conference bridge +1 415 555 0163', 'a conference bridge'],
  ]
  for (const [text, why] of rows) {
    test(why, () => assert.deepEqual(findWith(phoneRecognizer, text), []))
  }
})

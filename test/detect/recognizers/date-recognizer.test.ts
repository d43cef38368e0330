import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import { dateRecognizer } from '../../../src/detect/recognizers/date-recognizer.js'
import { ScanDocument } from '../../../src/detect/scan-document.js'

/** The text of every date the detector would keep (score at least 0.5), in text order. */
function datesIn(text: string): string[] {
  return dateRecognizer
    .find(new ScanDocument(text), [])
    .filter((c) => c.score >= 0.5)
    .sort((a, b) => a.start - b.start)
    .map((c) => text.slice(c.start, c.end))
}

describe('dates in every common format are found', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    ['Visit 03/04/2021.', ['03/04/2021']], // US numeric, four-digit year
    ['Visit 3/4/21.', ['3/4/21']], // short numeric
    ['Collected 2021-03-04 14:30', ['2021-03-04']], // ISO with a time: the date part only
    ['Seen 03-04-2021 and 03.04.2021', ['03-04-2021', '03.04.2021']], // dashes and dots
    ['DOB 23/11/2018', ['23/11/2018']], // day first when the month would be over 12
    ['on March 4th, 2021', ['March 4th, 2021']], // month name, ordinal, comma
    ['Admitted Mar 4 2021 and Sept. 9, 2020', ['Mar 4 2021', 'Sept. 9, 2020']], // abbreviations
    ['Date of Service: 4 March 2021', ['4 March 2021']], // day first
    ['Reviewed 4 Mar 21, 12-Jan-22', ['4 Mar 21', '12-Jan-22']], // short and dashed forms
    ['They want everything since April 2014.', ['April 2014']], // month and year
    ['Surgery performed 11/2019.', ['11/2019']], // numeric month and year
    ['Admit date 2021-3-4', ['2021-3-4']], // ISO without leading zeros
    ['On 6/14, she developed a fever.', ['6/14']], // month-day after "on"
    ['DOB: 3/4', ['3/4']], // month-day after a date label
    ['On Feb 20, he developed delirium.', ['Feb 20']], // month name without a year
    ['Date: Thu, 22 Jun 2023 10:02:35 -0500', ['Thu, 22 Jun 2023 10:02:35 -0500']], // e-mail
    ['EVN|A03|20210203\r', ['20210203']], // HL7 timestamp in a segment
    ['MSH|^~\\&|EPIC|RMC|||20201119125753||ADT^A03', ['20201119125753']], // with seconds
    ['DOB 19481018  Sex M', ['19481018']], // eight digits after a date label
    ['Labs from Sep 19, 2022: A1c 7.4%', ['Sep 19, 2022']], // a colon after the year
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(datesIn(text), expected)
    })
  }
})

describe('near-misses are not dates', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['BP 132/84, HR 88', 'blood pressure'],
    ['Hgb 12.0-16.0 g/dL, Cr 1.2', 'reference range and lab value'],
    ['Take 1/2 tablet; add 3/4 cup sugar', 'fractions'],
    ['Pain 2/10, strength 5/5', 'scores'],
    ['Reviewed 2021. Copyright 2023.', 'years alone'],
    ['Bumped libfoo to 6.11.5.62 and 1.10.22', 'version numbers'],
    ['at 10:02:35 and 14:30', 'times of day'],
    ['Call 312.555.0199 or 555-0199', 'phone numbers'],
    ['Visit 4/31/2021 and 2/29/2023', 'days that do not exist'],
    ['Bake 22-44 minutes', 'a range of minutes'],
    ['## [6.3.4] - 2024-09-25', 'a changelog release date'],
    ['Invoice date: February 20, 2025', 'an invoice date'],
    ['MRN 20150825', 'an identifier that reads like a date'],
    ['PID|1||19380730^^^EPICADT^MR', 'an HL7 identifier with its authority'],
    ['May 4 patients', 'month-day without a cue'],
    ['Card expires 12/2025', 'a card expiry'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(datesIn(text), [])
    })
  }
})

test('a strong date near release wording loses its score', () => {
  const [candidate] = dateRecognizer.find(new ScanDocument('Version 2.1 released 2024-01-15'), [])
  assert.ok(candidate && candidate.score < 0.5)
})

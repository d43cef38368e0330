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

describe('year-less dates without a cue word, weekdays and date-times', () => {
  type FoundRow = [text: string, expected: string[]]
  const rows: FoundRow[] = [
    ['Pt admitted 7/19 for CHF exacerbation', ['7/19']], // no cue word
    ['Bed ready 10/2; transport booked', ['10/2']], // before a semicolon
    ['11/18 07:02 OUT: Reminder for your echo', ['11/18']], // SMS log line
    ['records for the 3/22-3/29 stay only', ['3/22', '3/29']], // a range of dates
    // a range of full dates with no spaces around the hyphen
    ['Stay 02/03/2025-02/09/2025 billed', ['02/03/2025', '02/09/2025']],
    ['DOS 4/1/24-4/3/24 per claim', ['4/1/24', '4/3/24']],
    // a hospital or treatment day count, then that day's date
    ['vanc day 3 (11/2), trough pending', ['11/2']],
    ['POD#1 (6/14): tolerating diet', ['6/14']],
    ['Cycle 4, 9/30 infusion held', ['9/30']],
    // two ordinal days offered as choices in a scheduling message
    ['could we do the 8th or 9th instead?', ['8th', '9th']],
    ['The 21st and 22nd work for me', ['21st', '22nd']],
    ['is the 2nd or the 3rd better for you', ['2nd', '3rd']],
    ['bill from april 29 still open', ['april 29']], // lower-case month
    ['off work on thurs march 14 if needed', ['march 14']],
    ['First remote check Sept 5.', ['Sept 5']], // four-letter abbreviation
    ['Discharge planned Dec. 26, home with family', ['Dec. 26']],
    ['colic since the 2nd of February. Exam', ['the 2nd of February']], // ordinal, full stop out
    ['her son arrives on the 9th to help', ['9th']], // a day alone, "on the" outside
    ['recheck wound by the 30th.', ['30th']], // "by the" before a day alone
    ['fell on Tuesday the 3rd at home', ['Tuesday the 3rd']], // the weekday joins the day
    ['lives on the 21st floor; on the 2nd attempt', []], // ordinals that count things
    ['DOB  07 / 22 / 1961  Sex F', ['07 / 22 / 1961']], // spaced form fields
    ['inpatient stay Jan 3-5, 2025 at Mercy', ['Jan 3-5, 2025']], // a range of days
    ['born on the ninth of July, 1950', ['ninth of July, 1950']], // day in words
    [
      'says DOB is March twenty-first nineteen fifty-two.',
      ['March twenty-first nineteen fifty-two'],
    ],
    ['Consent form expires on: 12/31/2026', ['12/31/2026']], // an authorization's expiry
    ['card exp 04/27 (updated 03/02/2025)', ['03/02/2025']], // a clause in parentheses
    ['Letter dated the 19th of September, 2024', ['the 19th of September, 2024']],
    ['Van booked for Saturday, July 27th at 1000', ['Saturday, July 27th']], // weekday joins
    ['Arrived Sat 4/13 by EMS', ['4/13']], // but not a short numeric date
    ['Visit: Thurs 02-20-2025 time in 1005', ['Thurs 02-20-2025']],
    ['logged 2025-01-29T06:40:00-06:00 by nurse', ['2025-01-29T06:40:00-06:00']], // ISO 8601
    ['"issued": "2024-11-02T14:05:09.120Z"', ['2024-11-02T14:05:09.120Z']],
    ['Sent: Tuesday, April 15, 2025 4:07 PM\nTo: Lee', ['Tuesday, April 15, 2025 4:07 PM']],
    ['On Fri, Mar 7, 2025 at 2:15 PM Ana Ruiz wrote:', ['Fri, Mar 7, 2025 at 2:15 PM']],
    ['Clinic -- Wednesday, January 8, 2025 11:36 AM', ['Wednesday, January 8, 2025']],
    ['DOB 13.06.1990, seen 2024.03.05', ['13.06.1990', '2024.03.05']], // dotted forms
    ['MSH|^~\\&|A|B|C|D|20250612143301-0400||ADT^A01', ['20250612143301-0400']], // HL7 zone
    ['ORC|NW|O1^EPIC|||||^^^20250915090000^^R', ['20250915090000']], // a start time component
    ['recordatorio: su cita es el vie 8 oct a las 9:00', ['vie 8 oct']], // Spanish weekday
    ['la cita del martes 7 oct a las 10', ['martes 7 oct']],
  ]
  for (const [text, expected] of rows) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(datesIn(text), expected)
    })
  }
})

describe('fractions, scores and document dates are not dates', () => {
  type NearMissRow = [text: string, why: string]
  const rows: NearMissRow[] = [
    ['Motor 4/5 in the left arm', 'a strength grade'],
    ['ate 3/4 of lunch tray', 'a portion'],
    ['Grade 2/6 systolic murmur at LUSB', 'a murmur grade'],
    ['DTRs 2/4 and symmetric', 'a reflex grade'],
    ['pain rated 7/10 today', 'a pain score'],
    ['honey thick x4: throat clear after 3/4', 'successes out of a count of trials'],
    ['FLACC 6/10 on arrival (crying, guarding), 2/10 after ice pack', 'a scale named earlier'],
    ['we will march first to the hall', 'a verb before a number word'],
    ['2/12 lymph nodes positive', 'a node count'],
    ['Apgars 8/9', 'Apgar scores'],
    ['took 1 1/2 tabs at noon', 'a mixed fraction'],
    ['mitoses 1; total 6/9', 'a total score'],
    ['Form NPU-044 Rev. 06/2021', 'a form revision'],
    ['Policy LAB-7   Effective: 07/01/2024', 'a policy date'],
    ['Data frozen 2024-06-30 for DSMB', 'a data freeze'],
    ['weak great toe extension (4/5 EHL)', 'a grade of one muscle'],
    ['3/5 deltoids, 4/5 biceps on the left', 'grades of muscles'],
    ['Huber needle 20g 3/4" placed', 'a length in inches'],
    ['gangrene of the 4th and 5th toes', 'ordinal digits of the foot'],
    ['in the 2nd or 3rd trimester', 'ordinals that count trimesters'],
    ['day 2 (3/10 pain at rest)', 'a pain score after a day count'],
    ['Lot 2024-11-0093-7 received', 'a lot number that starts like a date range'],
  ]
  for (const [text, why] of rows) {
    test(why, () => {
      assert.deepEqual(datesIn(text), [])
    })
  }
})

test('a vaccine lot expiry (RXA-16) is no date of care; the administration dates are', () => {
  const rxa = 'RXA|0|1|20250612|20250612|08^HepB^CVX|0.5|mL||||||||U7784AA|20261130|MSD^Merck^MVX'
  assert.deepEqual(datesIn(rxa), ['20250612', '20250612'])
})

test('a grade named earlier on the line makes a slash shape a grade', () => {
  assert.deepEqual(datesIn('Strength: hip abd 4-/5 bilat, ankle DF 4/5'), [])
})

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'

import {
  fullYear,
  isCalendarDate,
  isHl7Timestamp,
  isLeapYear,
  monthNumber,
} from '../../../src/detect/validators/calendar-date.js'

describe('isCalendarDate accepts real days only', () => {
  type DayRow = [month: number, day: number, year: number | undefined, expected: boolean]
  const rows: DayRow[] = [
    [3, 4, 2021, true], // an ordinary day
    [12, 31, 1999, true], // the last day of the year
    [2, 29, 2024, true], // leap day in a leap year
    [2, 29, 2023, false], // no leap day in a common year
    [2, 29, 1900, false], // century years are common years...
    [2, 29, 2000, true], // ...unless divisible by 400
    [2, 29, undefined, true], // without a year, some year has the day
    [4, 31, 2021, false], // April has 30 days
    [13, 1, 2021, false], // there is no month 13
    [0, 10, 2021, false], // nor a month 0
    [1, 0, 2021, false], // nor a day 0
    [1, 1, 1700, false], // implausibly early year for a person's record
    [1, 1, 2150, false], // implausibly late year
  ]
  for (const [month, day, year, expected] of rows) {
    test(`${month}/${day}/${year ?? '-'} -> ${expected}`, () => {
      assert.equal(isCalendarDate(month, day, year), expected)
    })
  }
})

describe('leap years, written years and month names', () => {
  test('leap years follow the Gregorian rule', () => {
    assert.deepEqual([2024, 2023, 1900, 2000].map(isLeapYear), [true, false, false, true])
  })

  test('two- and four-digit years are read; other lengths are refused', () => {
    assert.deepEqual(['2021', '21', '021', '2'].map(fullYear), [2021, 2021, undefined, undefined])
  })

  type MonthRow = [word: string, expected: number | undefined]
  const months: MonthRow[] = [
    ['March', 3], // full name
    ['Sept.', 9], // abbreviation with a period
    ['DEC', 12], // upper case
    ['may', 5], // lower case
    ['Mars', undefined], // not an English month
    ['Marketing', undefined], // starts like a month but is a word
  ]
  for (const [word, expected] of months) {
    test(`monthNumber(${word}) -> ${expected}`, () => {
      assert.equal(monthNumber(word), expected)
    })
  }
})

describe('isHl7Timestamp checks the date and the time of day', () => {
  type TimestampRow = [digits: string, expected: boolean]
  const rows: TimestampRow[] = [
    ['20240927', true], // date only
    ['202409271408', true], // with hour and minute
    ['20240927140811', true], // with seconds
    ['20240231', false], // 31 February
    ['202409272460', false], // hour 24
    ['202409271460', false], // minute 60
    ['18991231', false], // before 1900: an identifier, not a timestamp
    ['2024092714', false], // ten digits is not an HL7 precision we accept
  ]
  for (const [digits, expected] of rows) {
    test(`${digits} -> ${expected}`, () => {
      assert.equal(isHl7Timestamp(digits), expected)
    })
  }
})

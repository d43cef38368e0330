import type { Candidate } from '../candidate.js'
import { DIGIT_RUN_PATTERN, digitRunsOf } from '../digit-runs.js'
import type { Recognizer } from '../recognizer.js'
import type { ScanDocument } from '../scan-document.js'
import { SPELLED_AGE_PATTERNS, spelledAges } from './spelled-age.js'

// A number from 90 to 129: Safe Harbor keeps ages below 90, so only these are identifiers.
// A unit letter may follow (92Y, 93yo, 95yrs), or the sex (90F, 101M). Nothing that may
// follow is a digit and no word character may come before, so an age is always a whole
// digit run: the pattern is tried (sticky) only at runs of the shared digit-run index that
// start 9x or 10x-12x.
const OLD_AGE = new RegExp(
  '(?<![\\w.,/$#-])(?:9\\d|1[0-2]\\d)(?=yo\\b|y\\/o|y\\.o\\.|[yY](?:rs?|ears?)?\\b' +
    "|[MFmf](?![\\w'.])|[^\\w.,/%:-]|[.,-](?!\\d)|$)",
  'y',
)
// What follows an age: 92-year-old, 92 years old, 93 yo, 93 y/o, 93 y.o., 101yo, 92Y.
const AGE_AFTER =
  /^(?:[- ]?(?:years?|yrs?)[- ]?old\b|[- ]?y\/?o\b|[- ]?y\.o\.|[- ]?yo\b| years? of age|[yY](?:rs?|ears?)?\b)/
// What precedes an age: Age: 99, AGE (years): 94, aged 101, turned 101, at the age of 95.
const AGE_BEFORE =
  /\b(?:age[ds]?|turned|turns|turning|age of|lived to|died at|age at death)(?: ?\((?:years?|yrs?|y)\))?\s{0,2}:?\s{0,3}$/i
const OPEN_BRACKET = /^(?:\+| (?:or|and) (?:older|over|above))/
// A verb or "now" before an age in prose: "mom is 93 and", "now 97", "shes 92 lol".
const AGE_VERB_BEFORE = /\b(?:is|was|now|shes|she's|hes|he's|just)\s{1,2}$/i
// MEASURE_BEFORE as a whole word, with temperature and vitals abbreviations that a name
// check would otherwise take for a capitalised name ("T 99F", "Tmax 100F").
const MEASURE_WORD = new RegExp(
  '^(?:t|tmax|tm|f|fahrenheit|deg|degrees|hr|heart|pulse|rate|rr|resp|sat|sats|spo2|o2|bp' +
    '|temp|temperature|glucose|sugar|bg|weight|wt|score|level|count|a1c|ef|map|fio2|pain' +
    '|hgb|plt|wbc|na|k|cl|bun|cr|room|rm|bed|unit|floor|ext|page|pg|percent|mg|kg|lbs?|iq' +
    '|fev1|fvc|gfr|egfr|ldl|hdl|pct|pts|points|grade|total)$',
  'i',
)
// ...which then closes its clause: a unit, a decimal or a ratio after it makes it a value.
const CLAUSE_AFTER = /^(?:\s*(?:[,;!?)]|\.(?:\D|$)|$)|\s+(?:and|but|lol|now|yrs?|years|in|&)\b)/
// Measurement words before "is 93": "HR is 92 and", "sat now 95, RR 18".
const MEASURE_BEFORE =
  /\b(?:hr|heart|pulse|rate|rr|resp|sat|sats|spo2|o2|bp|pressure|temp|temperature|glucose|sugar|bg|weight|wt|score|level|count|a1c|ef|map|fio2|pain|hgb|plt|wbc|na|k|cl|bun|cr|room|rm|bed|unit|floor|ext|page|pg|#|percent|mg|kg|lbs?)\b/i

// A name right before an age, as in census lines and handoffs: "Reid, Lorraine  90F",
// "Fairweather, 97, Dx CHF", "Mr Okafor (94M)". The word is capitalised and no measurement;
// it is cut out in code (see nameCue) and only then matched, whole, against this.
const NAME_WORD = /^[A-Z][A-Za-z'\u2019-]{1,30}$/
// The sex after the age in such a line: 90F, 97 M, 92f, 101M/.
const SEX_AFTER = /^ ?[MFmf](?![\w'.])/
// An appositive age between commas after a name closes there: "Fairweather, 97, Dx".
const APPOSITIVE_AFTER = /^(?:[,;)]|\.(?!\d)|\s{1,2}(?:[-\u2013|]|y\/?o\b))/

/**
 * Ages of 90 and over (HIPAA Safe Harbor), the number only, in digits or in words
 * ("ninety-four"). An age needs its wording: a label before it ("Age:", "aged", "turned"), an
 * age phrase after it ("-year-old", "y/o", "92Y"), or a verb before it and a clause end
 * after it in prose ("she is 93 and", "now 97,") with no measurement named before it. An
 * open bracket ("aged 90 or older", "90+") is a population, not a person.
 *
 * @example
 * // 'a 92-year-old woman' -> AGE on '92'; 'a 45-year-old woman' and 'HR 92' give none.
 */
export const ageRecognizer: Recognizer = {
  name: 'age',
  types: ['AGE'],
  patterns: [
    DIGIT_RUN_PATTERN,
    OLD_AGE,
    AGE_AFTER,
    AGE_BEFORE,
    AGE_VERB_BEFORE,
    OPEN_BRACKET,
    CLAUSE_AFTER,
    MEASURE_BEFORE,
    NAME_WORD,
    MEASURE_WORD,
    SEX_AFTER,
    APPOSITIVE_AFTER,
    ...SPELLED_AGE_PATTERNS,
  ],
  find(doc: ScanDocument): Candidate[] {
    const found: Candidate[] = []
    const text = doc.text
    const runs = digitRunsOf(doc)
    for (let i = 0; i < runs.count; i++) {
      const start = runs.starts[i] ?? 0
      if (!mayBeOldAge(text, start, (runs.ends[i] ?? 0) - start)) continue
      OLD_AGE.lastIndex = start
      const match = OLD_AGE.exec(text)
      if (!match) continue

      const end = match.index + match[0].length
      const after = AGE_AFTER.exec(doc.after(end, 16))
      const before = after ? undefined : AGE_BEFORE.exec(doc.before(match.index, 24))
      const cue =
        after ?? before ?? verbCue(doc, match.index, end) ?? nameCue(doc, match.index, end)
      // "aged 90 or older", "90+": a bracket of a population, not a person's age.
      if (!cue || OPEN_BRACKET.test(doc.after(end, 12))) continue

      found.push({
        type: 'AGE',
        start: match.index,
        end,
        score: after || before ? 0.85 : 0.6,
        recognizer: 'age',
        pattern: after ? 'age (phrase after)' : before ? 'age (label before)' : 'age (verb before)',
        supportingWords: [cue[0].trim()],
        contextApplied: true,
      })
    }
    found.push(...spelledAges(doc))

    return found
  },
}

/** True for a run of two digits starting with 9, or three starting with 10, 11 or 12. */
function mayBeOldAge(text: string, start: number, length: number): boolean {
  // The length first: it needs no read of the text.
  if (length === 2) return text.charCodeAt(start) === 57
  if (length !== 3) return false

  const second = text.charCodeAt(start + 1)
  return text.charCodeAt(start) === 49 && second >= 48 && second <= 50
}

/** The verb before an age in prose, when the clause ends after it and no vital is named. */
function verbCue(doc: ScanDocument, start: number, end: number): RegExpExecArray | undefined {
  const verb = AGE_VERB_BEFORE.exec(doc.before(start, 8))
  if (!verb || !CLAUSE_AFTER.test(doc.after(end, 8))) return undefined

  const lineStart = doc.lineStart(start)
  const before = doc.text.slice(Math.max(lineStart, start - 30), start - verb[0].length)
  return MEASURE_BEFORE.test(before) ? undefined : verb
}

/**
 * A name right before the age, with the sex after it ("Lorraine  90F") or, after a comma,
 * the age closed by another ("Fairweather, 97, Dx"). A vital's label is capitalised too
 * ("Temp 99F", "Sat, 94,"), so a measurement word is no name.
 */
function nameCue(doc: ScanDocument, start: number, end: number): { 0: string } | undefined {
  const text = doc.text
  let at = start
  if (text.charCodeAt(at - 1) === 40 /* ( */) at--
  for (let spaces = 0; spaces < 3 && text.charCodeAt(at - 1) === 32; spaces++) at--
  const mark = text.charCodeAt(at - 1)
  // , " ) closing the name; only a comma makes the appositive shape.
  const closed = mark === 44 || mark === 34 || mark === 41
  const wordEnd = closed ? at - 1 : at
  let wordStart = wordEnd
  // A line break is no name character, so the word never reaches into the line before.
  while (wordStart > wordEnd - 31 && isNameChar(text, wordStart - 1)) wordStart--
  const word = text.slice(wordStart, wordEnd)
  if (!NAME_WORD.test(word) || isNameChar(text, wordStart - 1) || MEASURE_WORD.test(word)) {
    return undefined
  }

  const after = doc.after(end, 8)
  if (SEX_AFTER.test(after)) return [word]
  return mark === 44 && APPOSITIVE_AFTER.test(after) ? [word] : undefined
}

/** A letter, an apostrophe or a hyphen: a character inside a name. */
function isNameChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  const lower = code | 32 // ASCII letters only: no other character lands in a-z this way
  return (lower >= 97 && lower <= 122) || code === 39 || code === 0x2019 || code === 45
}

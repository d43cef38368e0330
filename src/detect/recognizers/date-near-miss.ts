/**
 * Words around a year-less month/day shape ("7/19") that make it a fraction, a score, a ratio
 * or a measurement instead of a date. Clinical notes write many of these: doses (1/2 tab),
 * strength and reflex grades (5/5, 2/4), pain scales (7/10), murmur grades (2/6), Apgar scores
 * (8/9), pathology counts (2/12 nodes), Snellen acuity (6/12) and portions (2/3 of).
 */

// Words right before the shape that name a scale, a measurement or an amount.
const SCALE_BEFORE =
  /(?:\b(?:bp|b\/p|pressures?|pain|scores?|scale|strength|str|motor|power|grip|reflex(?:es)?|dtrs?|grade[ds]?|murmur|vision|acuity|va|snellen|od|os|ou|apgars?|gcs|ratio|fraction|rated?|nodes?|cores?|sets?|cultures?|bottles?|sig|total|sum|pupils?|perrla?|mmt|mrc|x|approx|approximately|about|only|ambulate[ds]?|ambulating|walked|ate|eats|eaten|drank|finished|consumed|intake|meals?|tray|pos|neg|positive|negative|lymph|ln|fev1|fvc|ef|i:e|ie|g\d?p\d?|gravida|para)|[\d~<>=+*])[ :.,=(-]{0,3}$/
// A month/day and a dash right before the shape: it ends a range of dates.
const RANGE_BEFORE = /(?<![\d/])\d{1,2}\/\d{1,2} ?[-\u2013] ?$/
// A hospital or treatment day count right before the shape, which then gives that day's date:
// "ceftriaxone day 5 (10/29)", "POD 2 (3/14)", "HD#3, 7/2", "week 6 - 11/3". The count's
// number is not the numerator-side digit SCALE_BEFORE means.
const DAY_COUNT_BEFORE =
  /(?:^|[^a-z])(?:day|pod|hd|dol|wk|week|cycle|c\d{1,2}d|visit) ?#? ?\d{1,3} ?[(,:-] ?$/
// Names of graded scales anywhere earlier on the line: "Strength: hip 4-/5, ankle DF 4/5".
export const SCALE_ON_LINE =
  /\b(?:strength|motor|mmt|mrc|reflex(?:es)?|dtrs?|apgars?|gcs|painad|flacc|nrs|tof)\b/
// Words right after the shape: units, amounts and what a count or score is of; an inch mark
// (3/4"); and the muscle a strength grade is of ("4/5 EHL", "5/5 deltoids"). A joint alone
// ("4/5 knee") may name a visit, so joints are left out.
const SCALE_AFTER =
  /^(?:\+|%| ?(?:of\b|cups?|tsp|tbsp|oz|lbs?|kg|g\b|mm|cm|inch|tabs?|tablets?|caps?|capsules?|pills?|mg|mcg|ml|units?|drops?|puffs?|ns\b|normal saline|str\b|strength|pain|scale|score|murmur|systolic|diastolic|holosystolic|sem\b|nodes?|lymph|cores?|slides?|blocks?|positive|negative|pos\b|neg\b|sets?|bottles?|cultures?|hrs?\b|hours?|mins?\b|minutes?|days?|wks?\b|weeks?|mos?\b|months?|y(?:ea)?rs?\b|times|doses?|vision|ratio|bilat|power|motor|grip|reflex|dtrs?|fingers?|breaths?|beats?|steps?|stairs?|flights?|blocks?|miles?|laps?|meals?|portions?|servings?|full|empty|filled|occluded|stenosis|patent|rule|split|in\b|"|\u2033|ehl|fhl|df\b|pf\b|ta\b|quads?\b|hamstrings?|deltoids?|biceps|triceps|iliopsoas|flexion|extension|dorsiflex|plantarflex|abduct|adduct|inv\b|ev\b|bilateral|b\/l))/

/**
 * True when the words around a year-less month/day shape make it a fraction, score or
 * measurement. `before` is the lower-case text on the same line before the shape, `after` the
 * lower-case text after it.
 *
 * @example
 * isScaleOrFraction('strength ', '') // true  (5/5 strength)
 * isScaleOrFraction('admitted ', ' for chf') // false (admitted 7/19 for CHF)
 */
export function isScaleOrFraction(before: string, after: string): boolean {
  // "3/22-3/29": the end of a range of dates is a date.
  if (RANGE_BEFORE.test(before)) return false
  if (DAY_COUNT_BEFORE.test(before)) return SCALE_AFTER.test(after) || SCALE_ON_LINE.test(before)

  return SCALE_BEFORE.test(before) || SCALE_AFTER.test(after) || SCALE_ON_LINE.test(before)
}

/** The patterns of this file, for the regex-safety check. */
export const NEAR_MISS_PATTERNS: readonly RegExp[] = [
  SCALE_BEFORE,
  SCALE_AFTER,
  SCALE_ON_LINE,
  RANGE_BEFORE,
  DAY_COUNT_BEFORE,
]

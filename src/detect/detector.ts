import { LimitExceededError } from '../errors.js'
import { findBase64Runs } from './base64-runs.js'
import type { Candidate } from './candidate.js'
import { applyContext, type ContextOutcome } from './context.js'
import { kindOf, type EntityType } from './entity-types.js'
import type { Exclusion } from './exclusion.js'
import type { Finding } from './finding.js'
import { normalise } from './normalise.js'
import { mapSpan } from './offset-map.js'
import type { ContextRule, Recognizer } from './recognizer.js'
import { builtInRecognizers } from './recognizers/index.js'
import { resolveOverlaps } from './resolve.js'
import { ScanDocument } from './scan-document.js'
import { verdictOf, type Verdict } from './verdict.js'

/** Bounds on one scan. Hitting one throws LimitExceededError; no partial result is returned. */
export interface ScanLimits {
  /** Longest text `scan` accepts, in UTF-16 code units. Default 32 Mi; stream larger input. */
  readonly maxChars: number
  /** Wall-clock budget for one scan, in milliseconds. Default 30,000. */
  readonly timeoutMs: number
  /** Most findings one scan may return. Default 1,000,000. */
  readonly maxFindings: number
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxChars: 32 << 20,
  timeoutMs: 30_000,
  maxFindings: 1_000_000,
}

export interface DetectorOptions {
  /** Findings scoring below this are dropped. Default 0.5. */
  readonly minScore?: number
  /** Report only these types. Default: every type. */
  readonly types?: readonly EntityType[]
  /** Recognizers added to the built-in ones (custom patterns, word lists, exact data). */
  readonly recognizers?: readonly Recognizer[]
  /** Replace the built-in recognizers instead of adding to them. */
  readonly builtIns?: boolean
  /** Allow lists and boilerplate that suppress findings. */
  readonly exclusions?: readonly Exclusion[]
  /** Decode base64 runs and scan what they hold. Default true. */
  readonly decodeBase64?: boolean
  readonly limits?: Partial<ScanLimits>
}

export interface ScanResult {
  readonly findings: Finding[]
  readonly verdict: Verdict
  /** Length of the scanned text in UTF-16 code units. */
  readonly scannedChars: number
}

const MAX_DECODE_DEPTH = 2

/**
 * Finds PHI in text with the built-in recognizers plus any configured ones.
 *
 * The pipeline: normalise (undo evasion, keep an offset map) -> every recognizer proposes
 * candidates -> context words adjust scores -> low scores are dropped -> offsets are mapped
 * back to the original text -> base64 runs are decoded and scanned -> exclusions apply ->
 * overlaps resolve to one finding per span.
 *
 * @example
 * const detector = new Detector({ minScore: 0.6 })
 * detector.scan('Pt John Smith, MRN 00123456').findings.map((f) => f.type) // ['PERSON', 'MRN']
 */
export class Detector {
  readonly minScore: number
  readonly limits: ScanLimits
  readonly #recognizers: readonly Recognizer[]
  readonly #contextRules: ReadonlyMap<string, ContextRule>
  readonly #types: ReadonlySet<EntityType> | undefined
  readonly #exclusions: readonly Exclusion[]
  readonly #decodeBase64: boolean

  constructor(options: DetectorOptions = {}) {
    const minScore = options.minScore ?? 0.5
    if (!(minScore >= 0 && minScore <= 1)) throw new TypeError('minScore must be between 0 and 1')

    this.minScore = minScore
    this.limits = { ...DEFAULT_LIMITS, ...options.limits }
    const builtIns = options.builtIns === false ? [] : builtInRecognizers()
    const all = [...builtIns, ...(options.recognizers ?? [])]
    this.#recognizers = [...all.filter((r) => !r.late), ...all.filter((r) => r.late)]
    this.#contextRules = new Map(
      this.#recognizers.flatMap((r) => (r.context ? [[r.name, r.context] as const] : [])),
    )
    this.#types = options.types ? new Set(options.types) : undefined
    this.#exclusions = options.exclusions ?? []
    this.#decodeBase64 = options.decodeBase64 ?? true
  }

  /** Scans one text. Throws LimitExceededError when a bound in `limits` is hit. */
  scan(text: string): ScanResult {
    if (typeof text !== 'string') throw new TypeError('scan() needs a string')
    if (text.length > this.limits.maxChars) {
      throw new LimitExceededError(
        'PHG_INPUT_TOO_LARGE',
        'maxChars',
        this.limits.maxChars,
        `text of ${text.length} characters exceeds maxChars ${this.limits.maxChars}; ` +
          'use scanStream',
      )
    }

    const deadline = Date.now() + this.limits.timeoutMs
    const found = this.#findIn(text, deadline, 0)
    const kept = this.#applyExclusions(text, found)
    const findings = resolveOverlaps(kept)

    return { findings, verdict: verdictOf(findings), scannedChars: text.length }
  }

  #findIn(text: string, deadline: number, depth: number): Finding[] {
    const normalised = normalise(text)
    const doc = new ScanDocument(normalised.text)
    const candidates: Candidate[] = []

    for (const recognizer of this.#recognizers) {
      this.#checkDeadline(deadline)
      for (const candidate of recognizer.find(doc, candidates)) candidates.push(candidate)
    }

    const findings: Finding[] = []
    for (const candidate of candidates) {
      if (this.#types && !this.#types.has(candidate.type)) continue

      const rule = this.#contextRules.get(candidate.recognizer)
      const outcome =
        rule && !candidate.contextApplied ? applyContext(doc, candidate, rule) : undefined
      const score = outcome?.score ?? candidate.score
      if (score < this.minScore) continue

      const [start, end] = mapSpan(normalised.map, candidate.start, candidate.end)
      findings.push(toFinding(candidate, start, end, score, outcome))
    }
    if (this.#decodeBase64 && depth < MAX_DECODE_DEPTH) {
      findings.push(...this.#findInBase64(text, deadline, depth))
    }
    if (findings.length > this.limits.maxFindings) {
      throw new LimitExceededError(
        'PHG_TOO_MANY_FINDINGS',
        'maxFindings',
        this.limits.maxFindings,
        `scan produced more than maxFindings ${this.limits.maxFindings} findings`,
      )
    }

    return findings
  }

  /** Scans what base64 runs decode to; findings cover the whole encoded run. */
  #findInBase64(text: string, deadline: number, depth: number): Finding[] {
    const findings: Finding[] = []
    for (const run of findBase64Runs(text)) {
      for (const inner of this.#findIn(run.text, deadline, depth + 1)) {
        findings.push({
          ...inner,
          start: run.start,
          end: run.end,
          explanation: { ...inner.explanation, decodedFrom: 'base64' },
        })
      }
    }

    return findings
  }

  #applyExclusions(text: string, findings: Finding[]): Finding[] {
    if (this.#exclusions.length === 0) return findings

    const checks = this.#exclusions.map((exclusion) => exclusion.prepare(text))
    return findings.filter((f) => !checks.some((excludes) => excludes(f.start, f.end, f.type)))
  }

  #checkDeadline(deadline: number): void {
    if (Date.now() <= deadline) return

    throw new LimitExceededError(
      'PHG_SCAN_TIMEOUT',
      'timeoutMs',
      this.limits.timeoutMs,
      `scan exceeded timeoutMs ${this.limits.timeoutMs}`,
    )
  }
}

const NO_WORDS: readonly string[] = Object.freeze([])

/** The finding for a candidate, at `[start, end)` of the original text. */
function toFinding(
  candidate: Candidate,
  start: number,
  end: number,
  score: number,
  context: ContextOutcome | undefined,
): Finding {
  const own = candidate.supportingWords ?? NO_WORDS
  const supportingWords = context?.supporting.length ? [...own, ...context.supporting] : own
  // Two literals rather than a spread of the optional validator: a spread inside an object
  // literal takes V8's slow path, and this runs for each of some 13,000 findings per MB.
  const validator = candidate.validator
  const explanation: Finding['explanation'] = validator
    ? {
        recognizer: candidate.recognizer,
        pattern: candidate.pattern,
        baseScore: round(candidate.score),
        validator,
        supportingWords,
        opposingWords: context?.opposing ?? NO_WORDS,
        contextDelta: round(score - candidate.score),
      }
    : {
        recognizer: candidate.recognizer,
        pattern: candidate.pattern,
        baseScore: round(candidate.score),
        supportingWords,
        opposingWords: context?.opposing ?? NO_WORDS,
        contextDelta: round(score - candidate.score),
      }

  return {
    type: candidate.type,
    kind: kindOf(candidate.type),
    start,
    end,
    score: round(score),
    explanation,
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}

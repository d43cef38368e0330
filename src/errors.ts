/**
 * Every error phiguard raises on bad data or an exceeded bound has a stable code from this
 * registry. Misuse of the API (a wrong argument type) throws a plain TypeError instead.
 *
 * Codes are never reused for another meaning; docs/errors.md lists them, and a test keeps the
 * two in step.
 */
export const ERROR_CODES = {
  PHG_INPUT_TOO_LARGE: 'the input is larger than the configured limit',
  PHG_SCAN_TIMEOUT: 'the scan took longer than its time limit',
  PHG_TOO_MANY_FINDINGS: 'the input holds more findings than the configured limit',
  PHG_BAD_PATTERN: 'a custom pattern could not be compiled',
  PHG_BAD_CONFIG: 'the detector configuration is not valid',
  PHG_BAD_INPUT_LINE: 'a line of input could not be read',
  PHG_FILE_UNREADABLE: 'a file could not be read',
} as const

export type PhiguardErrorCode = keyof typeof ERROR_CODES

/** Base class of phiguard's coded errors. `switch (err.code)` narrows to the kind. */
export class PhiguardError extends Error {
  readonly code: PhiguardErrorCode

  constructor(code: PhiguardErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'PhiguardError'
    this.code = code
  }
}

/** The bound that a scan ran into; a bounded scan never returns a partial result silently. */
export type LimitName = 'maxChars' | 'timeoutMs' | 'maxFindings'

export class LimitExceededError extends PhiguardError {
  readonly limit: LimitName
  readonly max: number

  constructor(code: PhiguardErrorCode, limit: LimitName, max: number, message: string) {
    super(code, message)
    this.name = 'LimitExceededError'
    this.limit = limit
    this.max = max
  }
}

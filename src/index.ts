import { Detector, type DetectorOptions, type ScanResult } from './detect/detector.js'

export * from './detect/index.js'
export { PhiguardError, LimitExceededError, ERROR_CODES } from './errors.js'
export type { PhiguardErrorCode, LimitName } from './errors.js'

let defaultDetector: Detector | undefined

/**
 * Finds PHI in `text` with the built-in recognizers.
 *
 * @example
 * import { scan } from 'phiguard'
 * const { verdict, findings } = scan('Jane Roe, DOB 03/04/1961, SSN 123-45-6789')
 * // verdict 'pii'; findings: PERSON 0-8, DATE 14-24, SSN 30-41 (offsets only, never values)
 */
export function scan(text: string, options?: DetectorOptions): ScanResult {
  if (options !== undefined) return new Detector(options).scan(text)

  defaultDetector ??= new Detector()
  return defaultDetector.scan(text)
}

import type { EntityType } from './entity-types.js'

/**
 * Something that tells the detector to drop findings: an allow list of values (the
 * organisation's own switchboard number) or boilerplate (a standard e-mail footer).
 *
 * `prepare` runs once per scanned text and returns the test for each finding, so an exclusion
 * can find its regions in the text once.
 */
export interface Exclusion {
  readonly name: string
  prepare(text: string): (start: number, end: number, type: EntityType) => boolean
}

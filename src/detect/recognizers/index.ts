import type { Recognizer } from '../recognizer.js'
import { ssnRecognizer } from './ssn-recognizer.js'

/**
 * The recognizers every detector starts with, one family per file. Order does not decide
 * anything except that `late` recognizers run after the rest.
 */
export function builtInRecognizers(): Recognizer[] {
  return [ssnRecognizer]
}

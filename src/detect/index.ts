export { Detector, DEFAULT_LIMITS } from './detector.js'
export type { DetectorOptions, ScanLimits, ScanResult } from './detector.js'
export { scanStream } from './stream.js'
export type { StreamOptions } from './stream.js'
export { IDENTIFIER_TYPES, HEALTH_TYPES, isEntityType, kindOf } from './entity-types.js'
export type { EntityType, EntityKind, HealthType, IdentifierType } from './entity-types.js'
export type { Finding, Explanation } from './finding.js'
export type { Recognizer, ContextRule } from './recognizer.js'
export type { Candidate } from './candidate.js'
export type { Exclusion } from './exclusion.js'
export type { Verdict } from './verdict.js'
export { normalise } from './normalise.js'
export { regexRecognizer } from './custom/regex-recognizer.js'
export type { RegexRecognizerOptions } from './custom/regex-recognizer.js'
export { wordListRecognizer } from './custom/word-list-recognizer.js'
export type { WordListRecognizerOptions } from './custom/word-list-recognizer.js'
export { VALIDATORS, VALIDATOR_NAMES } from './custom/validator-registry.js'
export type { NamedValidator } from './custom/validator-registry.js'
export {
  buildExactDataIndex,
  parseExactDataIndex,
  readExactDataIndex,
  writeExactDataIndex,
} from './custom/exact-data-match.js'
export type {
  BuildExactDataOptions,
  ExactDataIndex,
  ExactDataRecord,
} from './custom/exact-data-match.js'
export { exactDataRecognizer } from './custom/exact-data-recognizer.js'
export type { ExactDataRecognizerOptions } from './custom/exact-data-recognizer.js'
export { buildExactDataIndexFromCsv } from './custom/exact-data-csv.js'
export { allowList, allowKey } from './custom/allow-list.js'
export type { AllowListOptions, AllowedValue, Boilerplate } from './custom/allow-list.js'
export {
  detectionConfigSchema,
  detectorFromConfig,
  loadDetectionConfig,
  parseDetectionConfig,
} from './custom/config.js'
export type { DetectionConfig, DetectorFromConfigOptions } from './custom/config.js'

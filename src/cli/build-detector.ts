import { Detector } from '../detect/detector.js'
import { detectorFromConfig, loadDetectionConfig } from '../detect/custom/config.js'

/** What the commands accept to shape detection. */
export interface DetectorChoice {
  /** A phiguard YAML configuration file (its `detection` section is used). */
  readonly config?: string
  /** Overrides the configured minimum score. */
  readonly minScore?: number
}

/**
 * The detector a command runs: the built-in one, or the one a configuration file describes
 * (custom patterns, word lists, exact data, allow lists), with `--min-score` on top.
 *
 * @throws PhiguardError when the file cannot be read or is not valid; the message names the
 *   key at fault
 */
export async function buildDetector(choice: DetectorChoice): Promise<Detector> {
  const minScore = choice.minScore === undefined ? {} : { minScore: choice.minScore }
  if (choice.config === undefined) return new Detector(minScore)

  const config = await loadDetectionConfig(choice.config)
  return detectorFromConfig({ ...config, ...minScore })
}

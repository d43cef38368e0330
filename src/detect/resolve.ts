import type { Finding } from './finding.js'

/**
 * Keeps one finding per span: where findings overlap, the higher score wins, then the longer
 * span, then the earlier one. Findings that overlap nothing pass through unchanged.
 *
 * Input need not be sorted; output is sorted by start.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Finding[] = []
  let cluster: Finding[] = []
  let clusterEnd = -1

  for (const finding of sorted) {
    if (finding.start >= clusterEnd && cluster.length > 0) {
      kept.push(...pickFromCluster(cluster))
      cluster = []
    }
    cluster.push(finding)
    clusterEnd = cluster.length === 1 ? finding.end : Math.max(clusterEnd, finding.end)
  }
  kept.push(...pickFromCluster(cluster))

  // Clusters come in order of start and each is sorted by start, so `kept` already is.
  return kept
}

function pickFromCluster(cluster: Finding[]): Finding[] {
  if (cluster.length <= 1) return cluster

  const ranked = [...cluster].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const chosen: Finding[] = []
  for (const finding of ranked) {
    if (chosen.every((other) => finding.end <= other.start || finding.start >= other.end)) {
      chosen.push(finding)
    }
  }

  return chosen.sort((a, b) => a.start - b.start)
}

/**
 * National Drug Code segment layouts (FDA): labeler-product-package as 4-4-2, 5-3-2 or
 * 5-4-1 digits, plus the 5-4-2 eleven-digit form used in HIPAA billing.
 *
 * @example
 * isNdcLayout('0002-1433-80') // true (4-4-2)
 * isNdcLayout('123-45-6789') // false
 */
export function isNdcLayout(code: string): boolean {
  const parts = code.split('-')
  if (parts.length !== 3 || parts.some((part) => !isDigits(part))) return false

  const layout = parts.map((part) => part.length).join('-')
  return NDC_LAYOUTS.has(layout)
}

function isDigits(part: string): boolean {
  if (part === '') return false
  for (let i = 0; i < part.length; i++) {
    const code = part.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }

  return true
}

const NDC_LAYOUTS: ReadonlySet<string> = new Set(['4-4-2', '5-3-2', '5-4-1', '5-4-2'])

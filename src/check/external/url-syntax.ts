// Checks `mailto:` and `tel:` links by syntax only (RFC 6068, RFC 3966): nothing is sent anywhere.

/** A practical address check: something, one `@`, and a domain with a dot. */
const address = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/

/**
 * What is wrong with a `mailto:` URL, if anything.
 *
 * @param url - `mailto:ada@example.org?subject=Hi`.
 * @returns A short reason, or `undefined` when the syntax is fine.
 */
export function mailtoProblem(url: string): string | undefined {
  const body = url.replace(/^mailto:/i, '')
  const to = body.split('?')[0] ?? ''
  if (to === '') return 'has no address'
  for (const part of to.split(',')) {
    let decoded: string
    try {
      decoded = decodeURIComponent(part.trim())
    } catch {
      return `has a broken escape in \`${part}\``
    }

    if (!address.test(decoded)) return `has an invalid address \`${decoded}\``
  }

  return undefined
}

/**
 * What is wrong with a `tel:` URL, if anything: a global number (`+44 20 7946 0000` written as
 * `tel:+44-20-7946-0000`) or a local one with `;phone-context=`.
 *
 * @param url - The URL.
 * @returns A short reason, or `undefined` when the syntax is fine.
 */
export function telProblem(url: string): string | undefined {
  const [number = '', ...parameters] = url.replace(/^tel:/i, '').split(';')
  const visual = /^[\d\-.()]*\d[\d\-.()]*$/
  if (number.startsWith('+')) return visual.test(number.slice(1)) ? undefined : `has an invalid number \`${number}\``
  if (!/^[\d\-.()*#]+$/.test(number)) return `has an invalid number \`${number}\``
  if (!parameters.some((parameter) => parameter.toLowerCase().startsWith('phone-context='))) {
    return `\`${number}\` is not a global number; start it with \`+\` and the country code`
  }

  return undefined
}

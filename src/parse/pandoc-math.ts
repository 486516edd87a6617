// remark-math with Pandoc's rule for single-dollar math, so `$5 and $10` stays money and `$x$` is math.
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import remarkMath from 'remark-math'
import {unified, type Processor} from 'unified'

const dollarSign = 36

/**
 * remark-math's own single-dollar construct, taken from the extension it registers: the package
 * exports only the plugin, and the construct's tokenizer is what Pandoc's checks wrap below.
 */
const singleDollar = (unified().use(remarkMath).freeze().data().micromarkExtensions?.[0] as Extension | undefined)?.text?.[dollarSign] as Construct | undefined

/** Space, tab or line ending (micromark codes tabs, virtual spaces and line endings below 0), or the end. */
function blank(code: Code): boolean {
  return code === null || code < 0 || code === 32
}

function digit(code: Code): boolean {
  return code !== null && code >= 48 && code <= 57
}

/**
 * `$…$` as Pandoc reads it (its `tex_math_dollars` extension): the opening `$` has a non-space
 * character right after it, the closing `$` a non-space character right before it and no digit
 * right after it. remark-math alone takes `$5 and $` in "between $5 and $10" as math. `$$…$$`
 * keeps remark-math's reading. A closing `$` that fails the rule ends the attempt (Pandoc would look
 * for a later one), so a rare `$a $ b$` stays text rather than being read as math.
 */
const pandocMathText: Construct = {
  name: 'pandocMathText',
  ...(singleDollar?.previous ? {previous: singleDollar.previous} : {}),
  ...(singleDollar?.resolve ? {resolve: singleDollar.resolve} : {}),
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let dollars = 0
    let opening = true
    let last: Code = null
    let beforeRun: Code = null
    let done = false
    const watched: Effects = {
      ...effects,
      consume(code) {
        if (opening && code === dollarSign) dollars++
        if (code === dollarSign && last !== dollarSign) beforeRun = last
        last = code
        effects.consume(code)
      }
    }
    const close: State = (code) => {
      done = true
      return dollars > 1 || (!blank(beforeRun) && !digit(code)) ? ok(code) : nok(code)
    }
    const fail: State = (code) => {
      done = true
      return nok(code)
    }
    const wrap =
      (next: State): State =>
      (code) => {
        if (opening && code !== dollarSign && dollars > 0) {
          opening = false
          if (dollars === 1 && blank(code)) {
            done = true
            return nok(code)
          }
        }

        const result = next(code)
        return done || result === undefined ? result : wrap(result)
      }
    if (!singleDollar) return nok
    return wrap(singleDollar.tokenize.call(this, watched, close, fail))
  }
}

/**
 * Parse `$…$` (Pandoc's rule) and `$$…$$` into `inlineMath` and `math` nodes whose `value` is the TeX
 * source as written: a math span is read like a code span, without backslash escapes, so `\,`
 * survives (as Markdown text it would be an escaped comma).
 */
export function remarkPandocMath(this: Processor): void {
  remarkMath.call(this as never, {singleDollarTextMath: false})
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push({text: {[dollarSign]: pandocMathText}})
}

// The few words Colophon itself writes into the book (English), marked as English inside books in other languages.
import type {Element, Properties} from 'hast'
import {h} from 'hastscript'

/**
 * `lang` attributes for text Colophon generates in English ("Contents", "Chapter 2"), so a screen
 * reader switches voice inside an Arabic or Japanese book (WCAG 3.1.2 Language of Parts).
 * Nothing when the book is in English already.
 *
 * @param language - The book's BCP 47 language.
 * @returns hast properties to spread onto the element holding the text.
 */
export function englishProperties(language: string): Properties {
  return isEnglish(language) ? {} : {lang: 'en', xmlLang: 'en'}
}

/**
 * The book's own words (a name, a title) inside text marked English by {@link englishProperties}:
 * a `span` in the book's language, so "This book was funded by سارة أحمد" switches back for the
 * name. Plain text when the book is in English, as nothing around it was marked.
 *
 * @param language - The book's BCP 47 language.
 * @param text - The words.
 * @returns The span, or the text.
 */
export function bookWords(language: string, text: string): Element | string {
  return isEnglish(language) ? text : h('span', {lang: language, xmlLang: language}, text)
}

/**
 * The same as {@link englishProperties}, as XML attributes for xastscript.
 *
 * @param language - The book's BCP 47 language.
 * @returns Attributes to spread.
 */
export function englishAttributes(language: string): Record<string, string> {
  return isEnglish(language) ? {} : {lang: 'en', 'xml:lang': 'en'}
}

function isEnglish(language: string): boolean {
  return /^en(-|$)/i.test(language)
}

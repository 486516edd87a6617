// Rule `image/alt-missing`: an image without alt text and not marked decorative (WCAG 1.1.1).
import type {Rule} from '../../rule.js'

/** `image/alt-missing` */
export const altMissing: Rule = {
  id: 'image/alt-missing',
  description: 'Every image has alt text, or is marked decorative with empty alt text and the title `decorative`.',
  severity: 'error',
  check(book, report) {
    for (const image of book.images) {
      if (image.chapter.generated) continue
      const alt = image.node.properties['alt']
      if (typeof alt === 'string' && alt.trim() !== '') continue
      // The figure transform leaves the title of decorative images in place (they are not figures).
      if (alt === '' && image.node.properties['title'] === 'decorative') continue
      const name = image.src || 'name.png'
      const what = image.src ? `Image \`${image.src}\`` : 'Image'
      report(
        image.chapter.file,
        `${what} has no alt text; describe it in \`![…](${name})\`, or mark it decorative with \`![](${name} "decorative")\``,
        image.node.position
      )
    }
  }
}

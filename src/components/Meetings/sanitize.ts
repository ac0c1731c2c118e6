/**
 * The one sanitizer of minutes HTML (DOMPurify), used when notes are stored and when they are shown:
 * only formatting tags survive; scripts, event handlers, iframes, forms, styles and `javascript:`
 * (or any non-http/mailto) links are removed.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'code', 'pre', 'a'];
const ALLOWED_ATTR = ['href'];

let hooked = false;

export function sanitizeHtml(html: string): string {
  if (!hooked) {
    // Links open in a new tab without handing the opener over.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html || '', {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ALLOWED_ATTR.concat(['target', 'rel']),
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i
  });
}

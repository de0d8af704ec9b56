// Text made safe inside HTML or XML, in element content and in quoted attributes alike.
// Plain JS: the export scripts use it too.

/**
 * @param {string} text
 * @returns {string}
 */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`);
}

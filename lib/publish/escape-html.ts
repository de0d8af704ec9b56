// Text made safe inside HTML or XML, in element content and in quoted attributes alike.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`);
}

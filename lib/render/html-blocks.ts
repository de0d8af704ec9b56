// A text pass on a markdown page's Liquid output, before markdown reads it: kramdown's HTML blocks,
// which run to their closing tag, kept whole where CommonMark would end them at a blank line.

/**
 * kramdown keeps an HTML block open until its closing tag; CommonMark ends it at the first blank
 * line, and the lines after it (indented by Liquid's loops) become code. In the output of a
 * page's Liquid, blank lines inside such a block are dropped, so `<ul>{% for %}...{% endfor %}</ul>`
 * stays one list, as it is in Jekyll.
 */
export function joinHtmlBlocks(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let open: { name: string; depth: number } | null = null;
  let fence: string | null = null;
  for (const line of lines) {
    if (open === null) {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      } else if (fenceMatch?.[1]) {
        fence = fenceMatch[1];
      } else {
        const tag = /^ {0,3}<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s>/])/.exec(line)?.[1]?.toLowerCase();
        if (tag !== undefined && HTML_BLOCK_TAGS.has(tag)) {
          const depth = tagDepth(line, tag);
          if (depth > 0) open = { name: tag, depth };
        }
      }
      out.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    open.depth += tagDepth(line, open.name);
    out.push(line);
    if (open.depth <= 0) open = null;
  }
  return out.join('\n');
}

/** Opening minus closing tags of one name in a line (self-closing ones do not count). */
function tagDepth(line: string, name: string): number {
  const opens = line.match(new RegExp(`<${name}(?=[\\s>])[^>]*(?<!/)>`, 'gi'))?.length ?? 0;
  const closes = line.match(new RegExp(`</${name}\\s*>`, 'gi'))?.length ?? 0;
  return opens - closes;
}

/** CommonMark's block-level HTML tags (its HTML blocks of type 6) that hold other markup. */
const HTML_BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'section', 'table', 'ul']);

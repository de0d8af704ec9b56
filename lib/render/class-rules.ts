// The classes the pipeline gives in place of inline styles (KaTeX's, the code colours'), as CSS
// rules: the site's CSP allows no style attributes.

/** class name -> declarations, as rules in the order of their names (the same stylesheet for the same classes). */
export function classRules(styles: ReadonlyMap<string, string>): string {
  return [...styles.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, declarations]) => `.${name}{${declarations}}`)
    .join('\n');
}

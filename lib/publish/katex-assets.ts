// KaTeX's stylesheet and fonts, served by the site itself (/katex/katex.css, /katex/fonts/*.woff2)
// and loaded only by pages with math. Only the WOFF2 fonts are listed: every browser that renders
// MathML or KaTeX's HTML today reads WOFF2.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { installedFile } from '../content/node-modules';
import { classRules } from '../render/class-rules';

let found: string | null = null;
const KATEX = () => (found ??= installedFile('katex', 'dist'));

/** The WOFF2 font files KaTeX ships. */
export function katexFonts(): string[] {
  return readdirSync(path.join(KATEX(), 'fonts')).filter((name) => name.endsWith('.woff2')).sort();
}

export function katexFont(name: string): Buffer | null {
  return katexFonts().includes(name) ? readFileSync(path.join(KATEX(), 'fonts', name)) : null;
}

/** KaTeX's CSS with WOFF2 sources only, then the classes that replace KaTeX's inline styles. */
export function katexStylesheet(styles: ReadonlyMap<string, string>): string {
  const css = readFileSync(path.join(KATEX(), 'katex.min.css'), 'utf8').replace(
    /src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[^"]+"\))*/g,
    'src:url($1) format("woff2")',
  );
  return `${css}\n/* KaTeX's inline styles, as classes (the site's CSP allows no style attributes) */\n${classRules(styles)}\n`;
}

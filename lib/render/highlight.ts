// Code blocks coloured at build time with Shiki (TextMate grammars, VS Code's themes), as al-folio
// colours them, with no JavaScript for the visitor: each token is a <span> with a class, and each
// class one CSS rule, `color: light-dark(<light>, <dark>)`, so that the colours follow the site's
// theme. The site's CSP allows no style attributes, so no token carries one (the classes' rules
// are served as /highlight.css, app/highlight.css/route.ts, with the venue badges' colours). Every
// colour is made to reach WCAG's 4.5:1 against the code background of its theme.
//
// The grammars are listed here, one by one (a language not listed stays plain code), and each is
// loaded on first use.
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { type HighlighterCore, type LanguageRegistration, createHighlighterCoreSync } from 'shiki/core';
import { createJavaScriptRawEngine } from 'shiki/engine/javascript';
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { visit } from 'unist-util-visit';

/** A grammar module: its languages (a grammar brings those it embeds). */
type GrammarModule = { default: LanguageRegistration[] };

// Each grammar is loaded when a page first uses its language: `require`, synchronous as the pipeline
// is, and a literal path each, which bundlers follow. Importing all of them up front costs about a
// second in every process that renders a page (a build's workers, each test file).
/* eslint-disable @typescript-eslint/no-require-imports */
const LANGUAGES = {
  bash: () => require('@shikijs/langs-precompiled/bash'),
  bibtex: () => require('@shikijs/langs-precompiled/bibtex'),
  c: () => require('@shikijs/langs-precompiled/c'),
  cpp: () => require('@shikijs/langs-precompiled/cpp'),
  csharp: () => require('@shikijs/langs-precompiled/csharp'),
  css: () => require('@shikijs/langs-precompiled/css'),
  diff: () => require('@shikijs/langs-precompiled/diff'),
  docker: () => require('@shikijs/langs-precompiled/docker'),
  'fortran-free-form': () => require('@shikijs/langs-precompiled/fortran-free-form'),
  go: () => require('@shikijs/langs-precompiled/go'),
  haskell: () => require('@shikijs/langs-precompiled/haskell'),
  html: () => require('@shikijs/langs-precompiled/html'),
  java: () => require('@shikijs/langs-precompiled/java'),
  javascript: () => require('@shikijs/langs-precompiled/javascript'),
  json: () => require('@shikijs/langs-precompiled/json'),
  julia: () => require('@shikijs/langs-precompiled/julia'),
  jsx: () => require('@shikijs/langs-precompiled/jsx'),
  kotlin: () => require('@shikijs/langs-precompiled/kotlin'),
  latex: () => require('@shikijs/langs-precompiled/latex'),
  lua: () => require('@shikijs/langs-precompiled/lua'),
  makefile: () => require('@shikijs/langs-precompiled/makefile'),
  markdown: () => require('@shikijs/langs-precompiled/markdown'),
  matlab: () => require('@shikijs/langs-precompiled/matlab'),
  perl: () => require('@shikijs/langs-precompiled/perl'),
  php: () => require('@shikijs/langs-precompiled/php'),
  powershell: () => require('@shikijs/langs-precompiled/powershell'),
  python: () => require('@shikijs/langs-precompiled/python'),
  r: () => require('@shikijs/langs-precompiled/r'),
  ruby: () => require('@shikijs/langs-precompiled/ruby'),
  rust: () => require('@shikijs/langs-precompiled/rust'),
  scala: () => require('@shikijs/langs-precompiled/scala'),
  sql: () => require('@shikijs/langs-precompiled/sql'),
  swift: () => require('@shikijs/langs-precompiled/swift'),
  toml: () => require('@shikijs/langs-precompiled/toml'),
  tsx: () => require('@shikijs/langs-precompiled/tsx'),
  typescript: () => require('@shikijs/langs-precompiled/typescript'),
  xml: () => require('@shikijs/langs-precompiled/xml'),
  yaml: () => require('@shikijs/langs-precompiled/yaml'),
} satisfies Record<string, () => GrammarModule>;
/* eslint-enable @typescript-eslint/no-require-imports */
type Language = keyof typeof LANGUAGES;
const isLanguage = (name: string): name is Language => Object.hasOwn(LANGUAGES, name);

const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** The code background of each theme (app/globals.css: --surface). */
const BACKGROUND = { light: '#f4f6f8', dark: '#1a2027' } as const;

/** What highlighting a page collected: the classes its tokens use, and how many blocks it coloured. */
export interface HighlightRecord {
  /** class name -> CSS declarations */
  styles: Map<string, string>;
  count: number;
}

export const newHighlightRecord = (): HighlightRecord => ({ styles: new Map(), count: 0 });

let highlighter: HighlighterCore | null = null;

/** One highlighter for the process, made on first use; each language's grammar is loaded when a page first uses it. */
function shiki(language: Language): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({ themes: [githubLight, githubDark], langs: [], engine: createJavaScriptRawEngine() });
  if (!highlighter.getLoadedLanguages().includes(language)) highlighter.loadLanguageSync(LANGUAGES[language]().default);
  return highlighter;
}

/** The languages it knows, by every name and alias a fence may use. */
export function knownLanguage(name: string): Language | null {
  const wanted = name.toLowerCase();
  if (isLanguage(wanted)) return wanted;
  const aliases: Readonly<Record<string, string>> = { sh: 'bash', shell: 'bash', zsh: 'bash', shellscript: 'bash', console: 'bash', py: 'python', python3: 'python', js: 'javascript', ts: 'typescript', yml: 'yaml', tex: 'latex', 'c++': 'cpp', 'c#': 'csharp', cs: 'csharp', rb: 'ruby', rs: 'rust', md: 'markdown', dockerfile: 'docker', make: 'makefile', f90: 'fortran-free-form', fortran: 'fortran-free-form', jl: 'julia', ps1: 'powershell', kt: 'kotlin', html: 'html', xml: 'xml', svg: 'xml' };
  const alias = aliases[wanted];
  return alias !== undefined && isLanguage(alias) ? alias : null;
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
};

/**
 * A badge in a colour of the owner's (al-folio's venues.yml `color:`): its class, and the rule
 * that gives it that background with the text colour (white or near-black) that reads best on it.
 * Null for a value that is not a #rgb or #rrggbb colour (nothing else reaches a stylesheet).
 */
export function badgeColour(color: string): { name: string; declarations: string } | null {
  const value = color.trim().toLowerCase();
  const short = /^#([\da-f])([\da-f])([\da-f])$/.exec(value);
  const hex = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : /^#[\da-f]{6}$/.test(value) ? value : null;
  if (hex === null) return null;
  const text = contrast('#ffffff', hex) >= contrast('#1c2024', hex) ? '#ffffff' : '#1c2024';
  return { name: `venue-${createHash('sha256').update(hex).digest('hex').slice(0, 8)}`, declarations: `background-color:${hex};border-color:${hex};color:${text}` };
}

/** A colour moved towards black (on a light background) or white (on a dark one) until it reads at 4.5:1. */
export function readable(color: string, background: string): string {
  const hex = /^#[\da-f]{6}/i.exec(color)?.[0]?.toLowerCase();
  if (hex === undefined) return color;
  const toward = luminance(background) > 0.5 ? 0 : 255;
  let current = hex;
  for (let step = 1; contrast(current, background) < 4.5 && step <= 20; step += 1) {
    current = `#${[1, 3, 5].map((offset) => Math.round(Number.parseInt(hex.slice(offset, offset + 2), 16) + ((toward - Number.parseInt(hex.slice(offset, offset + 2), 16)) * step) / 20).toString(16).padStart(2, '0')).join('')}`;
  }
  return current;
}

/** A token's class, for its pair of colours (and its font style). */
function tokenClass(light: string, dark: string, fontStyle: number, record: HighlightRecord): string {
  const declarations = [`color:light-dark(${readable(light, BACKGROUND.light)},${readable(dark, BACKGROUND.dark)})`, ...(fontStyle & 1 ? ['font-style:italic'] : []), ...(fontStyle & 2 ? ['font-weight:600'] : [])].join(';');
  const name = `hl-${createHash('sha256').update(declarations).digest('hex').slice(0, 8)}`;
  record.styles.set(name, declarations);
  return name;
}

/** One code block's text as lines of coloured spans, or null for a language it does not know. */
function highlighted(code: string, language: string, record: HighlightRecord): ElementContent[] | null {
  const lang = knownLanguage(language);
  if (lang === null) return null;
  const lines = shiki(lang).codeToTokensWithThemes(code.replace(/\n$/, ''), { lang, themes: THEMES });
  const children: ElementContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'text', value: '\n' });
    for (const token of line) {
      const light = token.variants.light;
      const dark = token.variants.dark;
      if (light?.color === undefined || dark?.color === undefined) {
        children.push({ type: 'text', value: token.content });
        continue;
      }
      children.push(h('span', { className: [tokenClass(light.color, dark.color, light.fontStyle ?? 0, record)] }, token.content));
    }
  });
  return children;
}

const languageOf = (code: Element): string | null => {
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  return classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? null;
};

/** Colours every `<pre><code class="language-…">` of a sanitised tree whose language it knows. */
export function highlightCode(tree: Root, record: HighlightRecord): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'pre') return undefined;
    const [code] = node.children.filter((child): child is Element => child.type === 'element');
    if (code?.tagName !== 'code') return undefined;
    const language = languageOf(code);
    if (language === null) return undefined;
    const tokens = highlighted(toString(code), language, record);
    if (tokens === null) return undefined;
    code.children = tokens;
    node.properties.className = [...(Array.isArray(node.properties.className) ? node.properties.className.map(String) : []), 'highlight'];
    record.count += 1;
    return 'skip';
  });
}

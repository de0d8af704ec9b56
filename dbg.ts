import { renderPage } from './lib/render/site-render';
import { readFileSync } from 'node:fs';
const body = readFileSync('/tmp/alf/content/posts/2024-05-01-model-equations.md', 'utf8').split('---').slice(2).join('---');
const page = renderPage({ file: 'x.md', meta: { permalink: '/x/', title: 'x', author_profile: true, redirect_from: [] }, data: {}, body, bodyLine: 1, lineOf: () => undefined });
console.log(JSON.stringify(page.warnings));
const html = page.sections.map(s => s.blocks.map(b => b.type === 'html' ? b.html : '').join('')).join('\n');
console.log(html.replace(/<span class="katex-html"[\s\S]*?<\/span><\/span><\/span>/g, '[K]').slice(-1500));

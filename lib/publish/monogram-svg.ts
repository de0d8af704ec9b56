// The favicon as SVG: the owner's initials, white on the accent colour.
import { escapeHtml } from './escape-html';

export function monogramSvg(initials: string): string {
  const fontSize = initials.length > 1 ? 30 : 38;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    '<rect width="64" height="64" rx="14" fill="#1d4ed8"/>',
    `<text x="32" y="33" fill="#fff" font-family="system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif" font-size="${fontSize}" font-weight="700" text-anchor="middle" dominant-baseline="central">${escapeHtml(initials)}</text>`,
    '</svg>',
  ].join('');
}

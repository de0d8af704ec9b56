import { katexFont, katexFonts } from '@/lib/publish/katex-assets';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { font: string }[] {
  return katexFonts().map((font) => ({ font }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ font: string }> }): Promise<Response> {
  const font = katexFont((await params).font);
  if (font === null) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' } });
}

import { serializeJsonLd } from '@/lib/publish/json-ld';

/** Structured data as an inline, non-executed script; the JSON is escaped against breakout. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

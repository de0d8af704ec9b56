/**
 * Renders HTML that the page pipeline (lib/render/pipeline.ts) has already passed through the
 * allow-list sanitiser.
 * Only lib output may reach this component; never pass it unsanitised text.
 */
export function Html({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * `next dev` only (lib/data.ts getContentErrors): the last save has content errors, so the page
 * shows the content before it, under this notice. The owner's tool, not the visitor's: inline
 * styles (next dev's CSP allows them) and English, with no bytes in the site's stylesheet.
 */
export function ContentErrorNotice({ errors }: { errors: readonly string[] }) {
  return (
    <div role="alert" style={{ margin: '1rem', padding: '1rem', border: '2px solid #b00020', borderRadius: '0.5rem', background: '#fff4f4', color: '#1a1a1a' }}>
      <p style={{ margin: '0 0 0.5rem', fontWeight: 'bold' }}>
        {errors.length === 1 ? 'Your last save has a content error' : `Your last save has ${errors.length} content errors`} (a build would stop here). This page shows the
        content from before it; save a fix and it refreshes.
      </p>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {errors.map((error) => (
          <li key={error}>
            <code style={{ whiteSpace: 'pre-wrap' }}>{error}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

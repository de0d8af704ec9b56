import type { ItemInfo } from '@/lib/model';
import type { UiText } from '@/lib/content/ui-text';
import { Html } from './Html';

/** "March 5, 2024" in the site's language, from `YYYY-MM-DD`. */
function localDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The line under an item's title: venue, date, location and type, as they apply. */
export function ItemMeta({ item, locale, ui }: { item: ItemInfo; locale: string; ui: UiText }) {
  const { paper } = item;
  if (paper !== undefined) {
    const where = [item.venue, paper.year === null ? undefined : String(paper.year)].filter((part): part is string => part !== undefined);
    return (
      <>
        {paper.authors !== '' && <Html className="item-authors" html={paper.authors} />}
        <p className="item-meta">
          {paper.abbr !== undefined && <span className="bib-abbr">{paper.abbr}</span>} {where.join(', ')}
        </p>
        {paper.award !== undefined && <p className="bib-award">{paper.award}</p>}
      </>
    );
  }
  const parts = [
    item.type,
    item.venue === undefined ? undefined : item.collection === 'publications' ? `${ui.published_in} ${item.venue}` : item.venue,
    item.location,
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0 && item.date === null) return null;
  return (
    <p className="item-meta">
      {parts.join(', ')}
      {parts.length > 0 && item.date !== null ? ', ' : ''}
      {item.date !== null && <time dateTime={item.date}>{localDate(item.date, locale)}</time>}
    </p>
  );
}

/** What follows an item's body: its paper, slides and BibTeX links, its citation, its tags. */
export function ItemFooter({ item, ui, href }: { item: ItemInfo; ui: UiText; href: (sitePath: string) => string }) {
  const { paper } = item;
  if (paper !== undefined) {
    return (
      <>
        {paper.links.length > 0 && (
          <ul className="item-links">
            {paper.links.map((link) => (
              <li key={link.label}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        )}
        {paper.abstract !== undefined && (
          <section className="item-abstract" aria-labelledby="abstract">
            <h2 id="abstract">{ui.abstract_label}</h2>
            <Html className="prose" html={paper.abstract} />
          </section>
        )}
        <section className="item-bibtex" aria-labelledby="bibtex">
          <h2 id="bibtex">BibTeX</h2>
          <pre>
            <code>{paper.bibtex}</code>
          </pre>
        </section>
      </>
    );
  }
  const links = [
    { url: item.paperurl, label: ui.paper_label },
    { url: item.slidesurl, label: ui.slides_label },
    { url: item.bibtexurl, label: ui.bibtex_label },
  ].flatMap((link) => (link.url === undefined ? [] : [{ url: link.url.startsWith('/') ? href(link.url) : link.url, label: link.label }]));
  return (
    <>
      {links.length > 0 && (
        <ul className="item-links">
          {links.map((link) => (
            <li key={link.label}>
              <a href={link.url}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      {item.citation !== undefined && (
        <section className="item-citation" aria-label={ui.citation_label}>
          <h2>{ui.citation_label}</h2>
          <Html className="prose" html={item.citation} />
        </section>
      )}
      {item.tags.length > 0 && (
        <p className="item-tags">
          {ui.tags_label}: {item.tags.join(', ')}
        </p>
      )}
    </>
  );
}

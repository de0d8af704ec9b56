import type { UiText } from '@/lib/content/ui-text';
import type { FeedLink } from '@/lib/publish/metadata';

export interface FooterProps {
  name: string;
  locale: string;
  ui: UiText;
  /** when the content last changed, or null when it cannot be told */
  updated: Date | null;
  feeds: readonly FeedLink[];
}

/** Copyright, when the content last changed, and the news feeds. */
export function SiteFooter({ name, locale, ui, updated, feeds }: FooterProps) {
  const year = (updated ?? new Date()).getUTCFullYear();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          © {year} {name}
        </p>
        {updated !== null && (
          <p>
            {ui.date_label}{' '}
            <time dateTime={updated.toISOString().slice(0, 10)}>
              {new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(updated)}
            </time>
          </p>
        )}
        {feeds.length > 0 && (
          <p className="site-feeds">
            {ui.feed_label}:{' '}
            {feeds.map((feed, index) => (
              <span key={feed.path}>
                {index > 0 && ' · '}
                <a href={feed.path} type={feed.type}>
                  {feed.name}
                </a>
              </span>
            ))}
          </p>
        )}
      </div>
    </footer>
  );
}

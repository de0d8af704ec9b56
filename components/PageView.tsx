import type { Page } from '@/lib/model';
import type { Author } from '@/lib/content/site';
import type { UiText } from '@/lib/content/ui-text';
import { AuthorProfile } from './AuthorProfile';
import { Bio } from './Bio';
import { ItemFooter, ItemMeta } from './ItemDetails';
import { Section } from './Section';

interface Props {
  page: Page;
  heading: string;
  author: Author;
  ui: UiText;
  locale: string;
  /** puts a site path under the base path */
  href: (sitePath: string) => string;
}

/**
 * A page of the site: the sidebar profile when the page asks for it, then its text and sections;
 * a collection item adds its venue and date under the title and its links and citation after the
 * text. A page with math loads KaTeX's stylesheet (React puts the <link> in the <head>).
 */
export function PageView({ page, heading, author, ui, locale, href }: Props) {
  const withProfile = page.meta.author_profile !== false;
  return (
    <div className={withProfile ? 'page page-with-profile' : 'page'}>
      {page.math > 0 && <link rel="stylesheet" href={href('/katex/katex.css')} precedence="default" />}
      {((page.code ?? 0) > 0 || (page.venues ?? 0) > 0) && <link rel="stylesheet" href={href('/highlight.css')} precedence="default" />}
      {withProfile && <AuthorProfile author={author} ui={ui} href={href} />}
      <main id="content" className="content" tabIndex={-1}>
        <h1>{heading}</h1>
        {page.subtitle !== undefined && <div className="page-subtitle" dangerouslySetInnerHTML={{ __html: page.subtitle }} />}
        {page.item !== null && <ItemMeta item={page.item} locale={locale} ui={ui} />}
        {page.bio !== null && <Bio html={page.bio} />}
        {page.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
        {page.item !== null && <ItemFooter item={page.item} ui={ui} href={href} />}
      </main>
    </div>
  );
}

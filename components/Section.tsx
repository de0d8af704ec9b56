import type { Block, Section as SectionData } from '@/lib/model';
import { Html } from './Html';

const LIST_CLASS: Record<SectionData['kind'], string | undefined> = {
  experience: 'experience-list',
  news: 'news-list',
  generic: undefined,
};

function Blocks({ blocks, listClass }: { blocks: Block[]; listClass: string | undefined }) {
  return blocks.map((block, index) => {
    if (block.type === 'html') return <Html key={index} className="prose" html={block.html} />;
    // Each item's HTML comes sanitised from the page pipeline; news dates are <time> elements in it.
    const items = block.items.map((item, i) => <li key={i} dangerouslySetInnerHTML={{ __html: item.html }} />);
    return block.ordered ? (
      <ol key={index} className={listClass} start={block.start ?? undefined}>
        {items}
      </ol>
    ) : (
      <ul key={index} className={listClass}>
        {items}
      </ul>
    );
  });
}

/**
 * One "## " section of the page under the author's own heading: work experience and news as
 * lists of entries, any other section (Publications, Teaching, ...) as written.
 */
export function Section({ section }: { section: SectionData }) {
  return (
    <section className={`section section-${section.kind}`} aria-labelledby={section.id}>
      <h2 id={section.id} dangerouslySetInnerHTML={{ __html: section.heading.html }} />
      <Blocks blocks={section.blocks} listClass={LIST_CLASS[section.kind]} />
    </section>
  );
}

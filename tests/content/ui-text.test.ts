import { describe, expect, it } from 'vitest';
import { UI_KEYS, UI_TEXTS, directionOf, uiTextFor } from '../../lib/content/ui-text';
import { siteFrom } from '../helpers';

const AUTHOR = 'author:\n  name: Ada Lovelace\n  uri: https://ada.example.org/about\n  email: ada@example.org\n';

describe('uiTextFor', () => {
  it('ships en, fr, es, de, it, pt, zh, ja, ko and ar, each with every string, none empty', () => {
    expect(Object.keys(UI_TEXTS).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'zh']);
    for (const [language, text] of Object.entries(UI_TEXTS)) {
      expect(Object.keys(text).sort(), language).toEqual([...UI_KEYS].sort());
      for (const key of UI_KEYS) expect(text[key].trim(), `${language}.${key}`).not.toBe('');
    }
  });

  it('picks the language of a regional locale', () => {
    expect(uiTextFor('fr-FR').skip_content).toBe('Aller au contenu');
    expect(uiTextFor('pt-BR').skip_content).toBe('Ir para o conteúdo');
    expect(uiTextFor('zh-CN').page_not_found).toBe('页面不存在');
    expect(uiTextFor('de-AT').date_label).toBe('Zuletzt aktualisiert');
  });

  it('falls back to English for a language it does not ship', () => {
    expect(uiTextFor('nl-NL')).toEqual(UI_TEXTS.en);
    expect(uiTextFor('he')).toEqual(UI_TEXTS.en);
  });

  it('lets overrides win over the shipped words', () => {
    const ui = uiTextFor('fr', { feed_label: 'Flux' });
    expect(ui.feed_label).toBe('Flux');
    expect(ui.skip_content).toBe('Aller au contenu');
  });

  it('writes Arabic, Hebrew, Persian and Urdu right to left, and the rest left to right', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'fr-FR', 'zh-Hans', 'ja'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('site.yml: locale and ui', () => {
  it('gives the site its language, direction and words, and the profile labels in that language', () => {
    const site = siteFrom(`locale: es-MX\n${AUTHOR}`).load();
    expect(site.locale).toBe('es-MX');
    expect(site.dir).toBe('ltr');
    expect(site.ui).toEqual(UI_TEXTS.es);
    expect(site.author.links.map((link) => [link.network, link.label])).toEqual([
      ['uri', 'Sitio web'],
      ['email', 'Correo electrónico'],
    ]);
  });

  it('is English and left to right without a locale', () => {
    const site = siteFrom(AUTHOR).load();
    expect([site.locale, site.dir, site.ui]).toEqual(['en', 'ltr', UI_TEXTS.en]);
  });

  it('is right to left in Arabic', () => {
    const site = siteFrom(`locale: ar\n${AUTHOR}`).load();
    expect([site.dir, site.ui.skip_content]).toEqual(['rtl', 'انتقل إلى المحتوى']);
  });

  it('takes the owner\'s own words from ui:, which win over the language\'s and label the profile too', () => {
    const site = siteFrom(`locale: fr\n${AUTHOR}ui:\n  feed_label: Flux RSS\n  website_label: Mon site\n`).load();
    expect(site.ui.feed_label).toBe('Flux RSS');
    expect(site.ui.menu_label).toBe('Menu');
    expect(site.author.links[0]?.label).toBe('Mon site');
  });

  it('leaves out an unknown ui key, naming its line and the keys that exist', () => {
    const { file, read } = siteFrom(`${AUTHOR}ui:\n  feed_label: Feed\n  skip_contnet: Skip\n`);
    expect(read().value.ui.feed_label).toBe('Feed');
    expect(read().warnings).toEqual([`${file}:7: \`ui.skip_contnet\`: expected one of the interface texts (${UI_KEYS.join(', ')}), found the unknown key \`skip_contnet\`; left out`]);
  });

  it('leaves out a ui value that is not a text', () => {
    const { file, read } = siteFrom(`${AUTHOR}ui:\n  feed_label:\n    - a\n`);
    expect(read().value.ui.feed_label).toBe('News feed');
    expect(read().warnings).toEqual([`${file}:7: \`ui.feed_label\`: expected a text, found a list of 1 item; left out`]);
  });
});

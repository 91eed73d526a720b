import { XMLParser } from 'fast-xml-parser';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import {
  FEED_ARTICLE_COUNT,
  feedArticleFooter,
  feedArticles,
  feedChannelExtras,
  feedEntry,
  feedHtml,
} from '../../src/lib/feed';
import { articlePage } from './page-fixtures';

const SITE = 'https://clinic.test';

describe('which articles the feed lists', () => {
  it('keeps the newest ones only, in their order, so the feed does not grow with the archive', () => {
    const newestFirst = Array.from({ length: 1000 }, (_, i) => `article-${i}`);
    expect(feedArticles(newestFirst)).toEqual(newestFirst.slice(0, FEED_ARTICLE_COUNT));
    expect(FEED_ARTICLE_COUNT).toBe(20);
    expect(feedArticles(newestFirst.slice(0, 3))).toEqual(newestFirst.slice(0, 3));
  });
});

describe('article HTML for the feed, rewritten as a tree', () => {
  it('makes every site-relative URL absolute, candidate by candidate in a srcset', () => {
    const html = feedHtml(
      '<img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp?v=1,2 800w, https://cdn.test/c.webp 1200w" alt="x">' +
        '<video poster="/og/p.png"></video>',
      SITE,
    );
    const $ = cheerio.load(html);
    expect($('img').attr('src')).toBe('https://clinic.test/_astro/a.webp');
    expect($('img').attr('srcset')).toBe(
      'https://clinic.test/_astro/a-400.webp 400w, https://clinic.test/_astro/a-800.webp?v=1,2 800w, https://cdn.test/c.webp 1200w',
    );
    expect($('video').attr('poster')).toBe('https://clinic.test/og/p.png');
  });

  it('leaves fragments, mailto:, full and protocol-relative links as they are', () => {
    const $ = cheerio.load(
      feedHtml(
        '<a href="/consult/">c</a><a href="#sources">s</a><a href="mailto:care@example.com">m</a><a href="https://doi.org/1">d</a><a href="//cdn.test/x">p</a>',
        SITE,
      ),
    );
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      'https://clinic.test/consult/',
      '#sources',
      'mailto:care@example.com',
      'https://doi.org/1',
      '//cdn.test/x',
    ]);
  });

  it('drops scripts, wherever they sit, and keeps the text', () => {
    const html = feedHtml(
      '<p>a</p><script type="module">x()</script><div><script>y()</script><p>b</p></div>',
      SITE,
    );
    expect(html).toBe('<p>a</p><div><p>b</p></div>');
  });
});

describe('what follows the article in the feed', () => {
  it('lists the sources with DOI and PubMed links, escaped, then the disclosure and the disclaimer', () => {
    const footer = feedArticleFooter(site, [
      { citation: 'A & B. <Study>.', doi: '10.1/x', pmid: '42' },
      { citation: 'C. Guidelines.', doi: '10.2/y' },
    ]);
    const $ = cheerio.load(footer);
    expect($('h2').text()).toBe('Sources');
    expect($('li')).toHaveLength(2);
    expect($('li').first().text()).toBe('A & B. <Study>. doi:10.1/x · PubMed 42');
    expect(
      $('li')
        .first()
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://doi.org/10.1/x', 'https://pubmed.ncbi.nlm.nih.gov/42/']);
    expect($('li').last().find('a')).toHaveLength(1);
    expect(footer).not.toContain('<Study>');
    expect($('em').text()).toBe(site.disclosure);
    expect($('p').last().text()).toBe(`Medical disclaimer. ${site.disclaimer} ${site.crisisLine}`);
  });

  it('has no Sources heading when the article cites nothing', () => {
    expect(feedArticleFooter(site, [])).not.toContain('Sources');
  });
});

describe('a feed entry', () => {
  it('comes from the article’s page model', () => {
    const entry = feedEntry(articlePage, site, '<p><a href="/consult/">Consult</a></p>', []);
    expect(entry).toMatchObject({
      title: articlePage.title,
      description: articlePage.description,
      link: '/blog/sleep-and-migraine/',
      pubDate: new Date('2026-03-02'),
      categories: ['Migraine', 'Sleep Health'],
      author: `${site.email} (The Care Team)`,
    });
    expect(entry.content).toContain(`<a href="${site.url}/consult/">Consult</a>`);
    expect(entry.content).toContain(site.disclaimer);
  });

  it('ends with the consult section the page ends with: its closing words and the ways to reach the clinic', () => {
    const $ = cheerio.load(feedEntry(articlePage, site, '<p>Text.</p>', []).content);
    expect($('h2').first().text()).toBe('Consult a provider');
    expect($.text()).toContain(articlePage.article.closing);
    expect($(`a[href="${site.bookingUrl}"]`)).toHaveLength(1);
    expect($(`a[href="tel:${site.phone.e164}"]`).text()).toBe(`Call ${site.phone.display}`);
    expect($(`a[href="${site.url}/consult/"]`)).toHaveLength(1);
  });

  it('describes the channel in well-formed XML', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(
      `<channel xmlns:atom="http://www.w3.org/2005/Atom">${feedChannelExtras({ ...site, name: 'A & B <Clinic>' })}</channel>`,
    ).channel;
    expect(parsed.language).toBe('en-us');
    expect(parsed['atom:link']['@_href']).toBe(`${site.url}/rss.xml`);
    expect(parsed.image).toEqual({
      url: `${site.url}/logo.png`,
      title: 'A & B <Clinic>',
      link: `${site.url}/`,
    });
  });
});

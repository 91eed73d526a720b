/** The banner `astro dev` shows over a draft or a scheduled article, rendered with Astro's container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import PreviewBanner from '../../src/components/article/PreviewBanner.astro';

const render = async (status: 'draft' | 'scheduled') => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(PreviewBanner, {
    props: { status, published: new Date('2099-01-01'), lang: 'en-US' },
  });
  return cheerio.load(html);
};

describe('the preview banner', () => {
  it('says a draft is not published', async () => {
    const $ = await render('draft');
    expect($('[data-preview-banner="draft"] strong').text()).toBe('Draft — not published');
  });

  it('says when a scheduled article publishes, in the page language', async () => {
    const $ = await render('scheduled');
    expect($('[data-preview-banner="scheduled"] strong').text()).toBe('Scheduled for January 1, 2099');
  });
});

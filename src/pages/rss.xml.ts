import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { articlePageOf, citationsOf, publishedPosts, sourcesOf } from '../build/posts';
import { mdxComponents } from '../components/mdx';
import { site } from '../config/site';
import { citationNumbering } from '../lib/citations';
import { feedArticles, feedChannelExtras, feedEntry } from '../lib/feed';

export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  // One article at a time: rendering every article's body at once held them all in memory together.
  const items = [];
  for (const post of feedArticles(await publishedPosts())) {
    const { Content } = await render(post);
    const [page, sources, html] = await Promise.all([
      articlePageOf(post),
      sourcesOf(post),
      container.renderToString(Content, {
        props: { components: mdxComponents },
        locals: { citations: citationNumbering(citationsOf(post).order) },
      }),
    ]);
    items.push(
      feedEntry(
        page,
        site,
        html,
        sources.map((source) => source.data),
      ),
    );
  }
  return rss({
    title: site.name,
    description: site.description,
    site: site.url,
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelExtras(site),
  });
};

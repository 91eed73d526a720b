import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx';
import { site } from '../config/site';
import { absolutizeUrls, escapeMarkup, feedArticleFooter, stripScripts } from '../lib/feed';
import { authorOf, publishedPosts, sourcesOf } from '../lib/posts';
import { absoluteUrl, paths } from '../lib/urls';

export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const posts = await publishedPosts();
  const items = await Promise.all(
    posts.map(async (post) => {
      const { Content } = await render(post);
      const html = await container.renderToString(Content, { props: { components: mdxComponents } });
      const [author, sources] = await Promise.all([authorOf(post.data.author), sourcesOf(post)]);
      const footer = feedArticleFooter(
        site,
        sources.map((source) => source.data),
      );
      return {
        title: post.data.title,
        description: post.data.description,
        link: paths.post(post.id),
        pubDate: post.data.published,
        categories: post.data.tags,
        author: `${site.email} (${author.data.name})`,
        content: absolutizeUrls(stripScripts(html), site.url) + footer,
      };
    }),
  );
  return rss({
    title: site.name,
    description: site.description,
    site: site.url,
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>en-us</language>`,
      `<atom:link href="${absoluteUrl(paths.feed, site.url)}" rel="self" type="application/rss+xml"/>`,
      `<image><url>${absoluteUrl('/logo.png', site.url)}</url><title>${escapeMarkup(site.name)}</title><link>${absoluteUrl('/', site.url)}</link></image>`,
    ].join(''),
  });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { SHARE_CROPS } from '../../lib/article-data';
import { SHARE_SIZE } from '../../lib/page-data';
import { publishedPosts } from '../../lib/posts';
import { shareImagePng } from '../../lib/share-image-cache';
import type { ShareCard } from '../../lib/share-image';

export const getStaticPaths = (async () => {
  const siteCard: ShareCard = {
    title: site.tagline,
    siteName: site.name,
    tagline: `Ketamine therapy in ${site.address.locality}, New Jersey`,
    ...SHARE_SIZE,
  };
  const posts = await publishedPosts();
  const postCards = posts.flatMap((post) =>
    SHARE_CROPS.map(({ suffix, width, height }) => ({
      params: { name: `blog/${post.id}${suffix}` },
      props: { card: { title: post.data.title, siteName: site.name, tagline: site.tagline, width, height } },
    })),
  );
  return [{ params: { name: 'site' }, props: { card: siteCard } }, ...postCards];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await shareImagePng(props.card)), { headers: { 'Content-Type': 'image/png' } });

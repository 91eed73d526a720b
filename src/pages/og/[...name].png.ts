import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardKey } from '../../build/page-keys';
import { publishedPosts } from '../../build/posts';
import { shareImagePng } from '../../build/share-image-cache';
import { site } from '../../config/site';
import { shareCards } from '../../lib/share-cards';
import type { ShareCard } from '../../lib/share-image';

export const getStaticPaths = (async () => {
  const articles = (await publishedPosts()).map((post) => ({ id: post.id, title: post.data.title }));
  return shareCards(articles, site).map(({ name, card }) => ({
    params: { name },
    props: { card },
    cacheKey: shareCardKey(card),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await shareImagePng(props.card)), { headers: { 'Content-Type': 'image/png' } });

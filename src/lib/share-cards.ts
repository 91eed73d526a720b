/**
 * Which share images exist, at what sizes, and what each shows. The og/ route renders them; the page model and
 * the JSON-LD point at them. Drawing them is share-image.ts's job.
 */
import type { SiteConfig } from '../config/site';
import { ui } from './i18n';
import type { ShareCard } from './share-image';
import { paths } from './urls';

export interface ShareImage {
  path: string;
  alt: string;
  width: number;
  height: number;
  type: 'image/png';
}

/** Open Graph's 1200×630 first, then the 16:9, 4:3 and 1:1 images Google asks for in an article's JSON-LD. */
export const SHARE_IMAGE_SIZES = [
  { suffix: '', width: 1200, height: 630 },
  { suffix: '-16x9', width: 1200, height: 675 },
  { suffix: '-4x3', width: 1200, height: 900 },
  { suffix: '-1x1', width: 1200, height: 1200 },
] as const;

const [OPEN_GRAPH_SIZE] = SHARE_IMAGE_SIZES;
const SITE_CARD = 'site';
const articleCardName = (id: string, suffix = '') => `blog/${id}${suffix}`;

export function siteShareImage(site: SiteConfig): ShareImage {
  return {
    path: paths.shareImage(SITE_CARD),
    alt: `${site.name}: ${site.tagline}`,
    width: OPEN_GRAPH_SIZE.width,
    height: OPEN_GRAPH_SIZE.height,
    type: 'image/png',
  };
}

export function articleShareImage(id: string, title: string, site: SiteConfig): ShareImage {
  return {
    path: paths.shareImage(articleCardName(id)),
    alt: `${title} (${site.name})`,
    width: OPEN_GRAPH_SIZE.width,
    height: OPEN_GRAPH_SIZE.height,
    type: 'image/png',
  };
}

/** The article's images in the other aspect ratios, for its JSON-LD. */
export function articleImagePaths(id: string): string[] {
  return SHARE_IMAGE_SIZES.slice(1).map(({ suffix }) => paths.shareImage(articleCardName(id, suffix)));
}

export interface NamedShareCard {
  /** The image's address under /og/, without the extension. */
  name: string;
  card: ShareCard;
}

/** Every share image the site publishes: the site card and each article in every size. */
export function shareCards(
  articles: readonly { id: string; title: string }[],
  site: SiteConfig,
): NamedShareCard[] {
  const t = ui(site.lang);
  const siteCard: NamedShareCard = {
    name: SITE_CARD,
    card: {
      title: site.tagline,
      siteName: site.name,
      tagline: t.pages.siteCardTagline(site.address.locality),
      width: OPEN_GRAPH_SIZE.width,
      height: OPEN_GRAPH_SIZE.height,
    },
  };
  const articleCards = articles.flatMap(({ id, title }) =>
    SHARE_IMAGE_SIZES.map(({ suffix, width, height }) => ({
      name: articleCardName(id, suffix),
      card: { title, siteName: site.name, tagline: site.tagline, width, height },
    })),
  );
  return [siteCard, ...articleCards];
}

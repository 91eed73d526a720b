/**
 * The site's security headers, per class of path: one definition that every host's file is written from
 * (hosts.ts). Pure: the build supplies the hashes of the inline scripts and stylesheets it found.
 */
import { PNG_ICONS } from '../icons';

export type PathClass = 'page' | 'search' | 'hashed-asset' | 'embeddable' | 'search-index' | 'admin';

export type Headers = Readonly<Record<string, string>>;

/** CSP sources of the inline code of one class of pages: 'sha256-…' of each <script> and <style> body. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

export interface PolicyInput {
  /** Inline code of every page but /search/, and of /search/ (which alone loads Pagefind). */
  pages: InlineHashes;
  search: InlineHashes;
  /** HSTS `preload`: only when the clinic has opted in (site.security.hstsPreload). */
  hstsPreload: boolean;
}

/** Where each class lives. `page` is everything the others do not claim, unknown paths (404) included. */
export const PATH_CLASS_LOCATIONS = {
  'hashed-asset': { prefixes: ['/_astro/'], files: [] },
  // Share images, icons and the feed: other sites may embed them, so they are cross-origin readable.
  embeddable: {
    prefixes: ['/og/'],
    files: [
      '/rss.xml',
      '/favicon.ico',
      '/favicon.svg',
      ...Object.keys(PNG_ICONS).map((name) => `/${name}.png`),
    ],
  },
  'search-index': { prefixes: ['/pagefind/'], files: [] },
  // The search page itself, with or without its trailing slash.
  search: { prefixes: ['/search/'], files: ['/search'] },
  // The staff's browser editor (Sveltia CMS): a policy of its own, see classHeaders.
  admin: { prefixes: ['/admin/'], files: ['/admin'] },
} as const satisfies Record<
  Exclude<PathClass, 'page'>,
  { prefixes: readonly string[]; files: readonly string[] }
>;

/** The classes that have headers of their own today, most specific first; `page` takes the rest. */
export const EMITTED_CLASSES = [
  'hashed-asset',
  'embeddable',
  'search-index',
  'search',
  'admin',
  'page',
] as const;
export type EmittedClass = (typeof EMITTED_CLASSES)[number];

export function pathClass(pathname: string): EmittedClass {
  for (const name of EMITTED_CLASSES) {
    if (name === 'page') break;
    const { prefixes, files } = PATH_CLASS_LOCATIONS[name];
    if (
      prefixes.some((prefix) => pathname.startsWith(prefix)) ||
      (files as readonly string[]).includes(pathname)
    ) {
      return name;
    }
  }
  return 'page';
}

const YEAR = 365 * 24 * 60 * 60;
/** Browsers revalidate HTML and unhashed files on every visit (a cheap 304): a correction shows at once. */
const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = `public, max-age=${YEAR}, immutable`;

/**
 * Browser features the site never uses, turned off for it and anything it could ever embed. Only features
 * Chromium knows (an unknown name is a console warning on every page). Web Share and the clipboard, which the
 * share buttons use, stay allowed for the site itself.
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Sent with every response, whatever its class: no host ever has to merge two values of these. */
export function commonHeaders({ hstsPreload }: Pick<PolicyInput, 'hstsPreload'>): Headers {
  return {
    // Two years, every subdomain; `preload` binds the domain and all its subdomains to HTTPS for months.
    'Strict-Transport-Security': `max-age=${2 * YEAR}; includeSubDomains${hstsPreload ? '; preload' : ''}`,
    'X-Content-Type-Options': 'nosniff',
    // A patient's reading list is health information: no page address leaves the site, not even to itself.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    // CSP's frame-ancestors says the same for pages; this covers the 404 page at an unknown address, which gets
    // only these common headers from Netlify and Cloudflare (`_headers` cannot name "every other path").
    'X-Frame-Options': 'DENY',
  };
}

const quoted = (sources: readonly string[]) => [...new Set(sources)].sort().map((source) => `'${source}'`);

function contentSecurityPolicy(
  hashes: InlineHashes,
  extra: { script?: string[]; directives?: string[] } = {},
) {
  return [
    "default-src 'none'",
    ['script-src', "'self'", ...(extra.script ?? []), ...quoted(hashes.scripts)].join(' '),
    ['style-src', "'self'", ...quoted(hashes.styles)].join(' '),
    // data: for the inline favicon (src/lib/seo.ts); images cannot run code.
    "img-src 'self' data:",
    "manifest-src 'self'",
    ...(extra.directives ?? []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Every class but the editor's isolates its window from any other: COOP is set per class (not in the common
 * headers) because the editor's sign-in popup must be able to post its token back (same-origin would cut it off).
 */
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin' } as const;

/**
 * The browser editor's policy: its own scripts only (no inline script, no eval), the styles Svelte injects
 * ('unsafe-inline' for styles only), GitHub's API and status page and the staff's GitHub avatars, blob: for
 * previews of photos. Tested with the editor in tests/browser/admin.test.ts (no violation).
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of one class, on top of the common ones. */
export function classHeaders(name: EmittedClass, input: PolicyInput): Headers {
  switch (name) {
    case 'page':
      return {
        'Content-Security-Policy': contentSecurityPolicy(input.pages),
        ...ISOLATED,
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': REVALIDATE,
      };
    case 'search':
      return {
        // Pagefind compiles its WebAssembly, fetches its index and runs a worker: that much, no more.
        'Content-Security-Policy': contentSecurityPolicy(input.search, {
          script: ["'wasm-unsafe-eval'"],
          directives: ["connect-src 'self'", "worker-src 'self'"],
        }),
        ...ISOLATED,
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': REVALIDATE,
      };
    case 'hashed-asset':
      // Named by a hash of their content: a changed file has a new name, so browsers keep these for a year.
      return { ...ISOLATED, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': IMMUTABLE };
    case 'embeddable':
      return { ...ISOLATED, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': REVALIDATE };
    case 'search-index':
      // No CSP: Pagefind's worker is a document of its own, and its script compiles WebAssembly.
      return { ...ISOLATED, 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': REVALIDATE };
    case 'admin':
      return {
        'Content-Security-Policy': ADMIN_CSP,
        // same-origin-allow-popups: the GitHub sign-in popup posts the token back to this window.
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
        'X-Robots-Tag': 'noindex, nofollow',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': REVALIDATE,
      };
  }
}

/** Everything a response of this path carries. */
export function headersForPath(pathname: string, input: PolicyInput): Headers {
  return { ...commonHeaders(input), ...classHeaders(pathClass(pathname), input) };
}

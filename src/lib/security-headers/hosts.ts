/**
 * The policy written for each host: `_headers` (Netlify, Cloudflare Pages), `vercel.json` and an nginx server
 * configuration. Hosts merge the rules that match one path differently (Cloudflare joins the values with ", ",
 * Netlify and Vercel keep the last), so no header is ever set by two rules that match the same path: the
 * headers every response gets come from one catch-all rule, and each class's own headers from rules that
 * match that class only.
 */
import {
  classHeaders,
  commonHeaders,
  EMITTED_CLASSES,
  PATH_CLASS_LOCATIONS,
  pathClass,
  type EmittedClass,
  type Headers,
  type PolicyInput,
} from './policy';

export interface HeaderRule {
  /** A `_headers` path pattern (`/*`, `/og/*`, `/rss.xml`) or a Vercel `source`. */
  pattern: string;
  headers: Headers;
}

const CLAIMED = EMITTED_CLASSES.filter((name): name is Exclude<EmittedClass, 'page'> => name !== 'page');

/**
 * `_headers` has no "everything except": the page rules list the build's top-level files and folders that are
 * pages (`/`, `/404.html`, `/blog/*`, …), so a path no rule names (a missing top-level page) gets only the
 * headers every response gets. `builtPaths` are the URL paths of every file of the build.
 */
export function headersFileRules(input: PolicyInput, builtPaths: readonly string[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ pattern: '/*', headers: commonHeaders(input) }];
  for (const name of CLAIMED) {
    const { prefixes, files } = PATH_CLASS_LOCATIONS[name];
    const headers = classHeaders(name, input);
    for (const prefix of prefixes) rules.push({ pattern: `${prefix}*`, headers });
    // `/search/*` already matches /search on Netlify; Cloudflare redirects /search to /search/ first.
    for (const file of files.filter(
      (file: string) => !(prefixes as readonly string[]).includes(`${file}/`),
    )) {
      rules.push({ pattern: file, headers });
    }
  }
  const pagePatterns = new Set<string>();
  for (const path of builtPaths) {
    if (pathClass(path) !== 'page') continue;
    const [first = '', ...rest] = path.slice(1).split('/');
    pagePatterns.add(rest.length === 0 ? (first === 'index.html' ? '/' : `/${first}`) : `/${first}/*`);
  }
  const pageHeaders = classHeaders('page', input);
  for (const pattern of [...pagePatterns].sort()) rules.push({ pattern, headers: pageHeaders });
  return rules;
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by the build from src/lib/security-headers/ (Netlify, Cloudflare Pages). Do not edit.\n\n${blocks.join('\n\n')}\n`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a class claims, as a regular expression over the path after its leading "/". */
function claimedPattern(name: Exclude<EmittedClass, 'page'>): string {
  const { prefixes, files } = PATH_CLASS_LOCATIONS[name];
  return [
    ...prefixes.map((prefix) => escapeRegExp(prefix.slice(1))),
    ...files.map((file: string) => `${escapeRegExp(file.slice(1))}$`),
  ].join('|');
}

/** Vercel `source` patterns (path-to-regexp): one per class, the page class being "none of the others". */
export function vercelRules(input: PolicyInput): HeaderRule[] {
  return [
    { pattern: '/(.*)', headers: commonHeaders(input) },
    ...CLAIMED.map((name) => ({
      pattern: `/((?:${claimedPattern(name)}).*)`,
      headers: classHeaders(name, input),
    })),
    {
      pattern: `/((?!${CLAIMED.map(claimedPattern).join('|')}).*)`,
      headers: classHeaders('page', input),
    },
  ];
}

export function renderVercelJson(input: PolicyInput): string {
  const headers = vercelRules(input).map(({ pattern, headers }) => ({
    source: pattern,
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  }));
  // The whole of Vercel's project file, so it also names the build: Vercel's Astro preset may run a bare
  // `astro build`, without the memory settings of `npm run build` (README, Deploy).
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    buildCommand: 'npm run build',
    outputDirectory: 'dist',
    headers,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const nginxString = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const variableOf = (header: string) => `$clinic_${header.toLowerCase().replace(/-/g, '_')}`;

export interface NginxOptions {
  /** The site's host name, from the site's URL. */
  serverName: string;
}

/**
 * An nginx configuration for the http {} context (/etc/nginx/conf.d/): one map gives each path its class, one
 * map per header gives the class its value, and one list of add_header lines (on the server, so no location
 * can silently drop them) sends them all. An empty value sends no header.
 */
export function renderNginxConf(input: PolicyInput, { serverName }: NginxOptions): string {
  const classMap = CLAIMED.flatMap((name) => {
    const { prefixes, files } = PATH_CLASS_LOCATIONS[name];
    return [
      ...prefixes.map((prefix) => `    ~^${escapeRegExp(prefix)}  ${name};`),
      ...files.map((file: string) => `    ${nginxString(file)}  ${name};`),
    ];
  });
  const perClass = Object.fromEntries(EMITTED_CLASSES.map((name) => [name, classHeaders(name, input)]));
  const classHeaderNames = [...new Set(Object.values(perClass).flatMap((headers) => Object.keys(headers)))];
  const headerMaps = classHeaderNames.map((header) =>
    [
      `map $clinic_path_class ${variableOf(header)} {`,
      `    default  "";`,
      ...EMITTED_CLASSES.filter((name) => perClass[name]?.[header] !== undefined).map(
        (name) => `    ${name}  ${nginxString(perClass[name]?.[header] ?? '')};`,
      ),
      '}',
    ].join('\n'),
  );
  const addHeaders = [
    ...Object.entries(commonHeaders(input)).map(
      ([name, value]) => `    add_header ${name} ${nginxString(value)} always;`,
    ),
    ...classHeaderNames.map((name) => `    add_header ${name} ${variableOf(name)} always;`),
  ];
  return `# nginx configuration of the clinic blog, written by the build from src/lib/security-headers/: do not edit
# it by hand (a test fails when this file differs from what the build writes). Put it in the http {} context,
# e.g. /etc/nginx/conf.d/clinic-blog.conf, then replace the certificate paths and the root folder below.
#
# Every response carries the common security headers; each class of path (pages, the search page, hashed
# assets, embeddable images and feed, the search index) adds its own. The same policy is in dist/_headers
# (Netlify, Cloudflare Pages) and vercel.json.

# The class of each path: a page unless a line below claims it (unknown paths too, so a 404 gets the page policy).
map $uri $clinic_path_class {
    default  page;
${classMap.join('\n')}
}

${headerMaps.join('\n\n')}

# Plain HTTP only redirects, to the same host over HTTPS.
server {
    listen 80;
    listen [::]:80;
    server_name ${serverName};
    server_tokens off;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name ${serverName};

    # TLS: replace with the site's certificate (e.g. from certbot) and key.
    ssl_certificate /etc/ssl/certs/clinic-blog.crt;
    ssl_certificate_key /etc/ssl/private/clinic-blog.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:clinic_blog_tls:10m;

    # The built site (npm run build → dist/).
    root /var/www/clinic-blog/dist;
    index index.html;
    charset utf-8;
    autoindex off;
    server_tokens off;
    # Redirects keep the scheme and host the visitor used (/blog → /blog/).
    absolute_redirect off;

    # A missing page: the site's own 404 page, with status 404 and the page headers.
    error_page 404 /404.html;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_types text/css text/plain text/xml application/javascript application/json application/xml
               application/rss+xml application/manifest+json image/svg+xml application/wasm;
    # With the ngx_brotli module (libnginx-mod-http-brotli-filter / -static), serve Brotli too:
    # brotli on;
    # brotli_types text/css text/plain text/xml application/javascript application/json application/xml
    #              application/rss+xml application/manifest+json image/svg+xml application/wasm;
    # With the zstd module (nginx 1.25+ builds that ship it): zstd on; zstd_types <the same list>;

    # Security and caching headers, on every response (always: on the 404 page too).
${addHeaders.join('\n')}

    location = /manifest.webmanifest {
        types { }
        default_type application/manifest+json;
    }
}
`;
}

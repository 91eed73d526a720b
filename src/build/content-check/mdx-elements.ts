import { MDX_COMPONENT_NAMES } from '../../lib/mdx-components.ts';

interface Advice {
  message: string;
  fix: string;
}

/** Inline HTML that only marks up words (no layout, no scripts, nothing to load), so editors may use it. */
const HARMLESS_HTML = new Set([
  'abbr',
  'br',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'dfn',
  'time',
  'kbd',
  'figure',
  'figcaption',
  'details',
  'summary',
]);

const REMOVE_TAGS_KEEP_TEXT = 'delete the opening and closing tags and keep the text between them';
const MARKDOWN_IMAGE = 'write a Markdown image instead: ![describe the image](./photo.jpg)';
const NEVER_IN_ARTICLES = 'delete it (ask the web team if the article really needs one)';

/** What to write instead of an HTML element, for the elements an editor is likely to paste. */
const HTML_REPLACEMENTS: Record<string, string> = {
  a: 'write a Markdown link instead: [the words to click](https://…) or [another article](/blog/its-address/)',
  img: MARKDOWN_IMAGE,
  picture: MARKDOWN_IMAGE,
  b: 'write **bold text** instead',
  strong: 'write **bold text** instead',
  i: 'write *italic text* instead',
  em: 'write *italic text* instead',
  u: 'write *italic* or **bold** text instead (underlined text looks like a link)',
  s: 'write ~~struck-out text~~ instead',
  del: 'write ~~struck-out text~~ instead',
  strike: 'write ~~struck-out text~~ instead',
  h1: 'write a section heading as a line starting with ## (the title is the page’s only top heading)',
  h2: 'write the heading as a line starting with ##',
  h3: 'write the heading as a line starting with ###',
  h4: 'write the heading as a line starting with ####',
  h5: 'write the heading as a line starting with ####',
  h6: 'write the heading as a line starting with ####',
  p: 'delete the tags: a blank line between two blocks of text starts a new paragraph',
  ul: 'write a list as lines starting with "- "',
  ol: 'write a numbered list as lines starting with "1. ", "2. "',
  li: 'write each list item as a line starting with "- " (or "1. ")',
  blockquote: 'write a quotation as lines starting with "> "',
  hr: 'write --- on a line of its own, with blank lines around it',
  pre: 'put code between lines of three backticks (```)',
  code: 'put code between backticks: `like this`',
  table: 'write a Markdown table: | Heading | Heading | on the first line, | --- | --- | on the second',
  div: REMOVE_TAGS_KEEP_TEXT,
  span: REMOVE_TAGS_KEEP_TEXT,
  font: REMOVE_TAGS_KEEP_TEXT,
  center: REMOVE_TAGS_KEEP_TEXT,
  section: REMOVE_TAGS_KEEP_TEXT,
  article: REMOVE_TAGS_KEEP_TEXT,
  aside: REMOVE_TAGS_KEEP_TEXT,
  header: REMOVE_TAGS_KEEP_TEXT,
  footer: REMOVE_TAGS_KEEP_TEXT,
  main: REMOVE_TAGS_KEEP_TEXT,
  nav: REMOVE_TAGS_KEEP_TEXT,
  script: NEVER_IN_ARTICLES,
  style: NEVER_IN_ARTICLES,
  iframe: NEVER_IN_ARTICLES,
  embed: NEVER_IN_ARTICLES,
  object: NEVER_IN_ARTICLES,
  video: NEVER_IN_ARTICLES,
  audio: NEVER_IN_ARTICLES,
  canvas: NEVER_IN_ARTICLES,
  svg: NEVER_IN_ARTICLES,
  form: NEVER_IN_ARTICLES,
  input: NEVER_IN_ARTICLES,
  button: NEVER_IN_ARTICLES,
  link: NEVER_IN_ARTICLES,
  meta: NEVER_IN_ARTICLES,
};

const componentList = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/**
 * Whether an element written in an article's MDX may stay, and if not, what the editor should write instead.
 * `name` is `null` for a fragment (`<>…</>`). Returns `undefined` for a site component or harmless inline HTML.
 */
export function adviseOnElement(name: string | null): Advice | undefined {
  if (name === null) {
    return {
      message: 'an empty tag <> … </> does nothing in an article',
      fix: 'delete <> and </>, keep the text',
    };
  }
  if ((MDX_COMPONENT_NAMES as readonly string[]).includes(name) || HARMLESS_HTML.has(name)) return undefined;

  const intended = closestComponent(name);
  if (intended && /^[a-z]/.test(name)) {
    return {
      message: `<${name}> is written in lower case, so it is treated as an unknown HTML tag and would not show the site’s component`,
      fix: `components start with a capital letter: write <${intended}>`,
    };
  }
  if (intended) {
    return {
      message: `<${name}> is not one of the site’s components (names must match exactly, capitals included)`,
      fix: `did you mean <${intended}>? Write <${intended}>`,
    };
  }
  if (/^[A-Z]/.test(name)) {
    return {
      message: `<${name}> is not one of the site’s components`,
      fix:
        name === 'Image' || name === 'Picture'
          ? MARKDOWN_IMAGE
          : `use one of ${componentList}, or delete the tag`,
    };
  }
  return {
    message: `the HTML tag <${name}> is not allowed in articles`,
    fix: HTML_REPLACEMENTS[name.toLowerCase()] ?? REMOVE_TAGS_KEEP_TEXT,
  };
}

/** The component an editor most likely meant: same letters in another case, or a spelling one or two letters off. */
function closestComponent(name: string): string | undefined {
  const written = name.toLowerCase().replace(/[-_\s]/g, '');
  let best: { name: string; distance: number } | undefined;
  for (const component of MDX_COMPONENT_NAMES) {
    const distance = editDistance(written, component.toLowerCase());
    if (!best || distance < best.distance) best = { name: component, distance };
  }
  if (!best) return undefined;
  const allowed = best.name.length >= 8 ? 2 : 1;
  return best.distance <= allowed ? best.name : undefined;
}

/** Levenshtein distance: the fewest one-letter insertions, deletions or substitutions turning `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * What a built page runs or styles inline, as the Content-Security-Policy must name it: the sha256 of each
 * inline <script> and <style>. Inline event handlers, style="" attributes and javascript: links cannot be
 * allowed by hash without 'unsafe-inline' (or 'unsafe-hashes'), so they are reported as problems instead.
 */
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface InlineCode {
  scripts: string[];
  styles: string[];
  problems: string[];
}

/** Script types a browser executes; JSON-LD and other data blocks are not code and need no hash. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function cspHash(code: string): string {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child: RootContent) =>
    child.type === 'element' ? [child, ...elements(child)] : [],
  );
}

/** A <script> or <style> holds raw text only. */
const rawText = (element: Element) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

function describe(element: Element): string {
  const id = element.properties['id'];
  return `<${element.tagName}${typeof id === 'string' ? ` id="${id}"` : ''}>`;
}

export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], problems: [] };
  for (const element of elements(fromHtml(html))) {
    const { tagName, properties } = element;
    if (tagName === 'script' && properties['src'] === undefined) {
      const type = String(properties['type'] ?? '').toLowerCase();
      if (EXECUTABLE_TYPES.has(type)) found.scripts.push(cspHash(rawText(element)));
    }
    if (
      tagName === 'script' &&
      typeof properties['src'] === 'string' &&
      /^(https?:)?\/\//i.test(properties['src'])
    ) {
      found.problems.push(`${describe(element)} loads a script from another origin (${properties['src']})`);
    }
    if (tagName === 'style') found.styles.push(cspHash(rawText(element)));
    for (const name of Object.keys(properties)) {
      if (/^on[a-z]/i.test(name)) {
        found.problems.push(`${describe(element)} has an inline event handler (${name.toLowerCase()})`);
      }
    }
    if (properties['style'] !== undefined) {
      found.problems.push(`${describe(element)} has a style="" attribute: use a class`);
    }
    const href = properties['href'];
    if (typeof href === 'string' && /^\s*javascript:/i.test(href)) {
      found.problems.push(`${describe(element)} links to javascript:`);
    }
  }
  return found;
}

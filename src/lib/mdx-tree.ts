/**
 * An article's MDX body as a syntax tree, parsed by satteri (the parser `@astrojs/mdx` itself uses). The body
 * check, the citations and the claims check each read the tree of the same body one after the other: the last
 * tree is kept, so each body is parsed once. Throws when the MDX cannot be parsed (the body check explains why).
 */
import { mdxToMdast, type MdastNode } from 'satteri';

const PARSE_OPTIONS = { features: { gfm: true, frontmatter: false } };

let last: { body: string; tree: MdastNode } | undefined;

export function mdxTree(body: string): MdastNode {
  if (last?.body !== body) last = { body, tree: mdxToMdast(body, PARSE_OPTIONS) };
  return last.tree;
}

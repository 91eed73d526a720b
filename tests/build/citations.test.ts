/**
 * A build of a copy of the site with an article citing a source that does not exist and one listing a source it
 * never cites: it fails, naming each file, line and id (the wording is tested in the content check's unit tests).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';

let copy: SiteCopy;
let result: { ok: boolean; output: string };

beforeAll(() => {
  copy = copySite({ posts: ['minimal-article.mdx'] });
  copy.addPost('cites-unknown-source.mdx');
  copy.addPost('uncited-source.mdx');
  result = copy.build();
}, 240_000);

afterAll(() => copy.remove());

describe('a build with citation mistakes', () => {
  it('fails and leaves no site behind', () => {
    expect(result.ok, result.output).toBe(false);
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });

  it('names the file, the line and the id of a citation of an unknown source', () => {
    expect(result.output).toMatch(
      /^(?:.*\] )?content\/blog\/cites-unknown-source\.mdx:10:\d+ — body: <Cite id="no-such-study" \/> cites an unknown source/m,
    );
  });

  it('names the file, the line and the id of a listed source the text never cites', () => {
    expect(result.output).toMatch(
      /^(?:.*\] )?content\/blog\/uncited-source\.mdx:7:\d+ — sources\[1\]: the source "fixture-review" is listed in sources: but the text never cites it/m,
    );
  });
});

/**
 * Markup the Content-Security-Policy would block stops the build, named, instead of shipping a page whose
 * styles or buttons silently do nothing: a style="" attribute and an inline event handler, each in a page of
 * its own, added after a build in which the same pages had no fault. The committed host files are left as they
 * were, and no dist/ is left to deploy.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';

let copy: SiteCopy | undefined;
afterAll(() => copy?.remove());

describe('markup the security policy would block', () => {
  it('stops the build, naming each page and what to do instead', () => {
    copy = copySite({ posts: ['minimal-article.mdx'] });
    const pages = join(copy.dir, 'src', 'pages');
    // The same pages without the faults first: what the last build read of each page must not hide a new fault.
    writeFileSync(join(pages, 'styled.astro'), '<html lang="en"><p class="text-ink">Red</p></html>\n');
    writeFileSync(join(pages, 'clicky.astro'), '<html lang="en"><button>Go</button></html>\n');
    const first = copy.build();
    expect(first.ok, first.output).toBe(true);

    writeFileSync(join(pages, 'styled.astro'), '<html lang="en"><p style="color: red">Red</p></html>\n');
    writeFileSync(
      join(pages, 'clicky.astro'),
      '<html lang="en"><button onclick="alert(1)">Go</button></html>\n',
    );
    const hostFiles = ['vercel.json', join('deploy', 'nginx.conf')];
    const before = hostFiles.map((file) => readFileSync(join(copy!.dir, file), 'utf8'));

    const { ok, output } = copy.build();

    expect(ok, output).toBe(false);
    expect(output).toContain('The Content-Security-Policy would block these');
    expect(output).toMatch(/dist\/styled\/index\.html: .*has a style="" attribute: use a class/);
    expect(output).toMatch(/dist\/clicky\/index\.html: .*has an inline event handler \(onclick\)/);
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
    expect(hostFiles.map((file) => readFileSync(join(copy!.dir, file), 'utf8'))).toEqual(before);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bothSites } from '../support/dist';
import { checkHtmlFiles, formatMessage, type CheckerMessage } from '../support/nu-html-checker';

// A page with the mistake the search page once shipped (its script after </html>), checked in the same run as
// the builds, so the test proves the checker it relies on reports it.
const SCRIPT_AFTER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title></head>
<body><main><h1>Search</h1></main></body></html><script type="module">console.log('late');</script>
`;

describe('every HTML file of both builds, through the Nu HTML Checker', () => {
  let files: string[];
  let brokenPage: string;
  let messages: CheckerMessage[];

  beforeAll(async () => {
    files = bothSites.flatMap((site) => site.files().filter((file) => file.endsWith('.html')));
    brokenPage = join(mkdtempSync(join(tmpdir(), 'html-validity-')), 'script-after-html.html');
    writeFileSync(brokenPage, SCRIPT_AFTER_HTML);
    messages = await checkHtmlFiles([brokenPage, ...files]);
  }, 180_000);

  it('reports a script after </html> as an error, with its line and column', () => {
    const errors = messages.filter((m) => m.file === brokenPage && m.severity === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({ line: 3, column: 35, message: 'Stray start tag “script”.' }),
    );
  });

  it('finds no HTML error on any page', () => {
    expect(files.length).toBeGreaterThan(20);
    const errors = messages.filter((m) => m.file !== brokenPage && m.severity === 'error');
    expect(errors.map(formatMessage)).toEqual([]);
  });
});

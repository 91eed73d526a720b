/** `npm run check:content` end to end: the output editors read, and the exit code `npm test` relies on. */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { goodFields, tempSite } from './content-check-site.ts';

const site = tempSite();
afterAll(() => site.remove());

const run = (env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check-content.ts', '--root', site.root], {
    encoding: 'utf8',
    env: { ...process.env, LAUNCH: '', ...env },
  });

describe('npm run check:content', () => {
  it('exits 0 when there are only warnings, and says so in one line', () => {
    site.article('sleep.mdx', goodFields());
    const { status, stdout } = run();
    expect(status, stdout).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^src\/config\/site\.ts:\d+:\d+ — site \(warning\): /);
    expect(lines[1]).toMatch(/^src\/config\/site\.ts:\d+:\d+ — launch \(warning\): not filled in yet: hours/);
    expect(lines.at(-1)).toBe('1 article checked: 0 errors, 2 warnings');
  });

  it('LAUNCH=1: exits 1 while the clinic details are placeholders, naming each field', () => {
    const { status, stdout } = run({ LAUNCH: '1' });
    expect(status, stdout).toBe(1);
    expect(stdout).toMatch(/^src\/config\/site\.ts:\d+:\d+ — phone\.e164: still the fictional number /m);
    expect(stdout).toMatch(/^src\/config\/site\.ts:\d+:\d+ — hours: hours is not filled in/m);
  });

  it('exits 1 on an error, printing every problem as file:line:col — field: what — fix, errors first', () => {
    site.article('bad-date.mdx', { ...goodFields(2), published: '2026-13-45', author: 'dr-invented' });
    const { status, stdout } = run();
    expect(status, stdout).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'content/blog/bad-date.mdx:4:1 — published: "2026-13-45" has no month 13: months run from 01 to 12 — write a real day as YYYY-MM-DD, for example 2026-06-01 (year, month, day)',
      'content/blog/bad-date.mdx:5:1 — author: "dr-invented" is not one of the authors in content/authors/ (they are: clinical-team, dr-real) — write one of those ids, or add content/authors/dr-invented.yaml for a real author',
    ]);
    expect(lines.at(-1)).toBe(
      '2 articles checked: 2 errors, 2 warnings — fix the errors above; the site will not build until they are fixed',
    );
  });
});

/**
 * Writing a new article in the browser editor (/admin/, local-repository mode over the fixture build), as
 * staff do: title, description, date, a tag, a cover photo from a phone (with its location in it), text, a
 * research box and a call to action from the Insert menu; saved as a draft, then published by turning the
 * draft off. The files it writes must pass `npm run check:content` and build into a page showing both boxes.
 * A photo the site cannot build (an iPhone HEIC) is refused before anything is saved, with the way to
 * convert it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { FIXTURE_CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { copySite } from '../../scripts/lib/site-copy.ts';
import { fixtureSite } from '../support/dist';
import { heicPhoto, locatedJpeg } from '../support/photo-samples';
import {
  GITHUB_STATUS,
  editorContext,
  openLocalRepository,
  readRepo,
  repoFiles,
  seedRepo,
  serveWithHeaders,
  scrollEditPane,
  splitMdx,
  typeInText,
} from './editor-support';

const ARTICLE = {
  title: 'Keeping a migraine diary',
  description: 'How a simple headache diary helps you and your doctor see patterns in migraine attacks.',
  published: '2026-12-01',
  tag: { label: 'Migraine', id: 'migraine' },
  alt: 'A paper diary open on a kitchen table',
  text: 'A headache diary is a simple record of each attack: when it began, what helped and what did not.',
  research: 'Diaries kept for three months show patterns that single visits miss.',
  ctaHeading: 'Bring your diary to a consultation',
};
const FILE = 'content/blog/keeping-a-migraine-diary.mdx';

let browser: Browser;
let origin = '';
let close = async () => {};

beforeAll(async () => {
  fixtureSite.pages(); // fails with the command to run when the build is missing
  ({ origin, close } = await serveWithHeaders(fixtureSite.dist));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await close();
});

async function newArticle(page: Page) {
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  // The new entry's form is drawn, then set up once more a moment later, which empties what was typed in between:
  // the title is typed until it stays.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect
    .poll(async () => {
      await title.fill(ARTICLE.title);
      await page.waitForTimeout(300);
      return title.inputValue();
    })
    .toBe(ARTICLE.title);
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill(ARTICLE.description);
  await page.locator('input[type=date]').first().fill(ARTICLE.published);
  // Seven tags or more are offered as a list box rather than checkboxes.
  await page.getByRole('combobox').click();
  await page.getByRole('option', { name: ARTICLE.tag.label, exact: true }).click();
}

/** Adds a cover photo the way staff do: Browse, Upload, pick the file, Insert. */
async function addCoverPhoto(page: Page, photo: { name: string; mimeType: string; buffer: Buffer }) {
  const cover = page.locator('section[data-key-path="image"]');
  await cover.getByRole('checkbox', { name: /Cover photo/ }).click();
  await cover.getByRole('button', { name: 'Browse' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).click();
  // Playwright's file chooser ignores the dialog's JPEG/PNG filter, as dropping a file on the field does.
  await (await chooser).setFiles(photo);
  await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
  await cover.getByRole('textbox', { name: 'Description of the photo' }).fill(ARTICLE.alt);
}

async function insertBlock(page: Page, label: RegExp) {
  await page.getByRole('button', { name: 'Insert' }).first().click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** A new article in a fresh editor over the fixture content: its fields filled in, the photo added. */
async function startArticle(photo: { name: string; mimeType: string; buffer: Buffer }) {
  const editor = await editorContext(browser, origin);
  const page = await editor.context.newPage();
  const seeded = repoFiles(FIXTURE_CONTENT);
  await seedRepo(page, origin, seeded);
  await openLocalRepository(page, origin);
  await newArticle(page);
  await addCoverPhoto(page, photo);
  const writtenSince = (repo: Map<string, Buffer>) =>
    [...repo.keys()].filter((path) => !seeded.some((file) => file.path === path)).sort();
  return { ...editor, page, writtenSince };
}

describe('writing a new article in the browser editor', () => {
  it('saves a draft whose files pass the content check and build into a page with both boxes', async () => {
    const { context, foreign, problems, page, writtenSince } = await startArticle({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: await locatedJpeg(1600),
    });
    await typeInText(page, ARTICLE.text);
    await page.keyboard.press('Enter');
    await insertBlock(page, /Research box/);
    await page.locator('[aria-label="Research box"] [contenteditable=true]').click();
    await page.keyboard.type(ARTICLE.research);
    await insertBlock(page, /Call to action/);
    await page
      .locator('[aria-label="Call to action (consult)"]')
      .getByRole('textbox', { name: /Heading/ })
      .fill(ARTICLE.ctaHeading);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(ARTICLE.title) });
    await row.waitFor({ timeout: 15_000 });

    let repo = await readRepo(page);
    const written = writtenSince(repo);
    expect(written).toEqual(['content/blog/img_2041.webp', FILE]);
    const draftSource = repo.get(FILE)!.toString('utf8');
    // Unquoted: YAML reads it as a date, which the schema wants.
    expect(draftSource).toMatch(new RegExp(`^published: ${ARTICLE.published}$`, 'm'));
    const draft = splitMdx(draftSource);
    expect(draft.data).toEqual({
      title: ARTICLE.title,
      description: ARTICLE.description,
      published: ARTICLE.published,
      tags: [ARTICLE.tag.id],
      image: { src: './img_2041.webp', alt: ARTICLE.alt },
      draft: true, // new articles start as drafts
    });
    expect(draft.body).toBe(
      `\n${ARTICLE.text}\n\n<ResearchSummary>\n\n${ARTICLE.research}\n\n</ResearchSummary>\n\n` +
        `<ConsultCta heading="${ARTICLE.ctaHeading}" />\n`,
    );
    // Re-encoded in the browser: nothing the phone recorded (place, model, owner) is left in the photo.
    const photo = await sharp(repo.get('content/blog/img_2041.webp')).metadata();
    expect({ format: photo.format, width: photo.width, exif: photo.exif, xmp: photo.xmp }).toEqual({
      format: 'webp',
      width: 1600,
      exif: undefined,
      xmp: undefined,
    });

    // Publishing is turning the draft off.
    await row.click();
    await scrollEditPane(page);
    const draftSwitch = page.getByRole('switch', { name: 'Draft' });
    await expect(draftSwitch.getAttribute('aria-checked')).resolves.toBe('true');
    await draftSwitch.click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await row.waitFor({ timeout: 15_000 });
    repo = await readRepo(page);
    const published = repo.get(FILE)!.toString('utf8');
    expect(splitMdx(published).data['draft']).toBe(false);
    expect(splitMdx(published).body).toBe(draft.body);
    expect(foreign.filter((url) => url !== GITHUB_STATUS)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    const site = copySite({ posts: ['minimal-article.mdx'] });
    try {
      for (const path of written) {
        mkdirSync(join(site.dir, 'content', 'blog'), { recursive: true });
        writeFileSync(join(site.dir, path), repo.get(path)!);
      }
      const check = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts', 'check-content.ts'), '--root', site.dir],
        {
          encoding: 'utf8',
        },
      );
      expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
      expect(check.stdout).toMatch(/2 articles checked: 0 errors/);
      const built = site.build();
      expect(built.ok, built.output).toBe(true);
      const $ = cheerio.load(
        readFileSync(join(site.dir, 'dist', 'blog', 'keeping-a-migraine-diary', 'index.html'), 'utf8'),
      );
      const prose = $('article .prose');
      expect(prose.find('aside').text()).toContain(ARTICLE.research);
      expect(prose.find('#consult-in-text-1').text().trim()).toBe(ARTICLE.ctaHeading);
      expect($(`article img[alt="${ARTICLE.alt}"]`)).toHaveLength(1);
    } finally {
      site.remove();
    }
  }, 420_000);

  it('refuses an iPhone HEIC photo before saving, saying how to convert it', async () => {
    const { context, problems, page, writtenSince } = await startArticle({
      name: 'IMG_2042.HEIC',
      mimeType: 'image/heic',
      buffer: await heicPhoto(1600),
    });
    await typeInText(page, ARTICLE.text);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const photoField = page.locator('section[data-key-path="image.src"][aria-label]');
    await expect
      .poll(() => photoField.innerText())
      .toContain('The site cannot show this kind of photo: use a JPEG or PNG.');
    await expect(photoField.innerText()).resolves.toContain('File → Export → JPEG');
    await expect(page.getByRole('alert').allInnerTexts()).resolves.toContainEqual(
      expect.stringContaining('One field has an error'),
    );
    await expect(page.getByRole('alert').allInnerTexts()).resolves.not.toContainEqual(
      expect.stringContaining('This field is required'),
    );
    const repo = await readRepo(page);
    expect(writtenSince(repo)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/**
 * The Listen control of an article, in Chromium with `speechSynthesis` replaced by a recording stub (an init
 * script): what is handed to the speech engine and in what order, the controls by keyboard, leaving the page,
 * and the cases where it must not appear (no API, no voice, no JavaScript).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { STORAGE_KEYS } from '../../src/lib/browser-storage';
import { ui } from '../../src/lib/i18n';
import { liveSite } from '../support/dist';
import { REVIEWED } from '../support/fixture-facts';
import { useBrowser, type BrowserHarness } from './setup';

const t = ui(site.lang).listen;
const LISTEN_NAME = `${t.listen}${t.listenMore}`;

interface StubOptions {
  /** Each utterance ends by itself, a moment after it starts; otherwise the test ends it (`__speech.end()`). */
  auto?: boolean;
  /** The voices the browser offers: at once, later (when the test calls `__speech.offerVoices()`), or none. */
  voices?: 'now' | 'later' | 'none';
  /** As on some mobile browsers: pausing ends the utterance. */
  pauseEnds?: boolean;
}

/**
 * A fake speech engine. Every call is recorded in sessionStorage, so the record outlives the page (leaving
 * it is one of the things tested).
 */
function speechStub({ auto = false, voices = 'now', pauseEnds = false }: StubOptions) {
  type Utterance = { text: string; rate: number; lang: string; voice: { name: string } | null } & Record<
    'onstart' | 'onend' | 'onerror',
    ((event: object) => void) | null
  >;
  const record = (entry: object) => {
    const log = JSON.parse(sessionStorage.getItem('speech-log') ?? '[]');
    sessionStorage.setItem('speech-log', JSON.stringify([...log, entry]));
  };
  const voice = { name: 'Stub English', lang: 'en-US', default: true, localService: true, voiceURI: 'stub' };
  let offered = voices === 'now' ? [voice] : [];
  class Synth extends EventTarget {
    speaking = false;
    paused = false;
    pending = false;
    current: Utterance | null = null;
    getVoices() {
      return offered;
    }
    speak(u: Utterance) {
      record({ call: 'speak', text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name ?? null });
      this.current = u;
      this.speaking = true;
      setTimeout(() => {
        u.onstart?.({});
        if (auto) setTimeout(() => this.current === u && !this.paused && this.finish(), 0);
      }, 0);
    }
    finish() {
      const u = this.current;
      this.current = null;
      this.speaking = false;
      u?.onend?.({});
    }
    pause() {
      record({ call: 'pause' });
      this.paused = true;
      if (pauseEnds) this.finish();
    }
    resume() {
      record({ call: 'resume' });
      this.paused = false;
    }
    cancel() {
      record({ call: 'cancel' });
      const u = this.current;
      this.current = null;
      this.speaking = false;
      this.paused = false;
      if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 0);
    }
  }
  const synth = new Synth();
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      rate = 1;
      lang = '';
      voice = null;
      onstart = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    },
  });
  // Later voices arrive when the test says, not after a delay: a page that loads slowly on a busy machine
  // would otherwise already have them when the test looks for the button's absence.
  const offerVoices = () => {
    offered = [voice];
    synth.dispatchEvent(new Event('voiceschanged'));
  };
  Object.defineProperty(window, '__speech', { value: { end: () => synth.finish(), offerVoices } });
}

interface LogEntry {
  call: 'speak' | 'pause' | 'resume' | 'cancel';
  text?: string;
  rate?: number;
  lang?: string;
  voice?: string | null;
}

async function openWithStub(
  harness: BrowserHarness,
  path: string,
  stub: StubOptions,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  await context.addInitScript(speechStub, stub);
  const page = await context.newPage();
  await page.goto(harness.origin + path);
  return page;
}

const log = (page: Page): Promise<LogEntry[]> =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('speech-log') ?? '[]'));
const spoken = async (page: Page) =>
  (await log(page)).filter((e): e is LogEntry & { text: string } => e.call === 'speak');
const lastSpoken = async (page: Page) => (await spoken(page)).at(-1);
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Presses a key on a control after focusing it: the keyboard, not the mouse. */
async function press(page: Page, selector: string, key: 'Enter' | 'Space' = 'Enter') {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

/**
 * The article's readable text, read from the rendered page without the Listen code's selectors: the title,
 * then what the article body shows once superscripts (citation numbers) and boxes that are not prose (the
 * consult call to action) are hidden.
 */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '[data-listen-body] sup, [data-listen-body] .not-prose { display: none !important }';
    document.head.append(style);
    const body = document.querySelector<HTMLElement>('article .prose')!;
    const text = `${document.querySelector<HTMLElement>('article h1')!.innerText}\n${body.innerText}`;
    style.remove();
    return text;
  });
}

async function listenToTheEnd(page: Page) {
  await press(page, '[data-listen="play"]');
  await page.waitForFunction(
    () => document.querySelector('.listen [aria-live]')?.textContent === 'Finished reading.',
    null,
    {
      timeout: 60_000,
    },
  );
  return spoken(page);
}

describe('Listen on the fixture article', () => {
  const harness = useBrowser();

  it('reads the title, then the body in order, without citations, calls to action, sources or chrome', async () => {
    const page = await openWithStub(harness, REVIEWED.path, { auto: true });
    const listen = page.getByRole('button', { name: LISTEN_NAME });
    expect(await listen.isVisible()).toBe(true);
    expect(await listen.getAttribute('aria-pressed')).toBe('false');
    expect(await spoken(page), 'nothing starts by itself').toEqual([]);

    const chunks = await listenToTheEnd(page);
    const heard = normalize(chunks.map((c) => c.text).join(' '));
    expect(heard).toBe(normalize(await readableText(page)));

    expect(chunks[0]!.text).toBe(REVIEWED.title);
    expect(heard).toContain('Attacks are short and severe. Read our consult page');
    expect(heard).toContain('One small imaginary trial and one imaginary review: no firm conclusion.');
    for (const heading of REVIEWED.h2) expect(heard).toContain(heading);
    for (const absent of [
      REVIEWED.ctaInText,
      REVIEWED.closing,
      'Consult a provider',
      'Medical disclaimer',
      'Sources',
      'Share this article',
      'On this page',
      REVIEWED.sources[0]!.finding,
    ])
      expect(heard).not.toContain(absent);
    for (const chunk of chunks) {
      expect(chunk.lang).toBe(site.lang);
      expect(chunk.voice).toBe('Stub English');
      expect(chunk.rate).toBe(1);
    }
    expect(await listen.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.listen-current').count(), 'no block left marked').toBe(0);
    await page.context().close();
  });

  it('pauses, resumes, jumps between sections, changes speed and stops from the keyboard', async () => {
    const page = await openWithStub(harness, REVIEWED.path, {});
    const play = page.locator('[data-listen="play"]');
    const status = page.locator('.listen [aria-live]');
    const marked = () => page.locator('.listen-current').innerText();

    await press(page, '[data-listen="play"]');
    expect((await lastSpoken(page))?.text).toBe(REVIEWED.title);
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    expect(await status.textContent()).toBe(t.reading);
    expect(await marked()).toBe(REVIEWED.title);
    await page.evaluate(() => (window as unknown as { __speech: { end(): void } }).__speech.end());
    await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^Cluster headaches come in bouts/);
    expect(await marked()).toMatch(/^Cluster headaches come in bouts/);

    await press(page, '[data-listen="play"]', 'Space');
    expect((await log(page)).at(-1)?.call).toBe('pause');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    expect(await status.textContent()).toBe(t.paused);
    await press(page, '[data-listen="play"]', 'Space');
    expect((await log(page)).at(-1)?.call, 'resumed where it was').toBe('resume');
    expect(await play.getAttribute('aria-pressed')).toBe('true');

    await press(page, '[data-listen="next"]');
    expect((await lastSpoken(page))?.text).toBe(REVIEWED.h2[0]);
    await press(page, '[data-listen="next"]', 'Space');
    expect((await lastSpoken(page))?.text).toBe(REVIEWED.h2[1]);
    await press(page, '[data-listen="next"]');
    expect((await lastSpoken(page))?.text, 'the research box is a section').toBe(REVIEWED.h2[2]);
    await press(page, '[data-listen="previous"]');
    expect((await lastSpoken(page))?.text, 'at a section start: the section before').toBe(REVIEWED.h2[1]);
    await page.evaluate(() => (window as unknown as { __speech: { end(): void } }).__speech.end());
    await expect.poll(async () => (await lastSpoken(page))?.text).toBe('Brief dizziness');
    await press(page, '[data-listen="previous"]');
    expect((await lastSpoken(page))?.text, 'within a section: its start').toBe(REVIEWED.h2[1]);

    const rate = page.locator('[data-listen="rate"]');
    await rate.focus();
    await page.keyboard.press('ArrowDown');
    expect(await rate.inputValue()).toBe('1.25');
    await expect.poll(async () => (await lastSpoken(page))?.rate).toBe(1.25);
    expect((await lastSpoken(page))?.text, 'the current chunk again, faster').toBe(REVIEWED.h2[1]);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.speechRate)).toBe('1.25');
    await page.evaluate(() => (window as unknown as { __speech: { end(): void } }).__speech.end());
    await expect.poll(async () => (await lastSpoken(page))?.text).toBe('Brief dizziness');
    expect((await lastSpoken(page))?.rate).toBe(1.25);

    await press(page, '[data-listen="stop"]');
    expect((await log(page)).at(-1)?.call).toBe('cancel');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    expect(await status.textContent()).toBe(t.stopped);
    expect(await page.locator('.listen-current').count()).toBe(0);
    await press(page, '[data-listen="play"]');
    expect((await lastSpoken(page))?.text, 'after stop, from the start').toBe(REVIEWED.title);

    await page.reload();
    expect(await page.locator('[data-listen="rate"]').inputValue(), 'the speed is remembered').toBe('1.25');
    await page.context().close();
  });

  it('scrolls what is being read into view only when asked', async () => {
    const page = await openWithStub(harness, REVIEWED.path, {});
    const inView = () =>
      page.evaluate(() => {
        const box = document.querySelector('.listen-current')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    await press(page, '[data-listen="play"]');
    for (let i = 0; i < 3; i++) await press(page, '[data-listen="next"]');
    expect(await page.locator('.listen-current').innerText()).toBe(REVIEWED.h2[2]);
    expect(await inView(), 'no scrolling to it by default').toBe(false);
    expect(await page.locator('[data-listen="follow"]').isChecked()).toBe(false);
    await press(page, '[data-listen="follow"]', 'Space');
    expect(await page.locator('[data-listen="follow"]').isChecked()).toBe(true);
    await expect.poll(inView).toBe(true);
    await page.context().close();
  });

  it('on resume after a pause that ended the speech (some phones), starts the current chunk again', async () => {
    const page = await openWithStub(harness, REVIEWED.path, { pauseEnds: true });
    await press(page, '[data-listen="play"]');
    await press(page, '[data-listen="play"]');
    await press(page, '[data-listen="play"]');
    const calls = (await log(page)).map((e) => e.call);
    expect(calls.slice(calls.indexOf('pause'))).toEqual(['pause', 'resume', 'cancel', 'speak']);
    expect((await lastSpoken(page))?.text).toBe(REVIEWED.title);
    await page.context().close();
  });

  it('stops speaking when the reader leaves the page', async () => {
    const page = await openWithStub(harness, REVIEWED.path, {});
    await press(page, '[data-listen="play"]');
    const before = (await log(page)).length;
    await page.goto(`${harness.origin}/blog/`);
    const after = (await log(page)).slice(before);
    expect(after.map((e) => e.call)).toEqual(['cancel']);
    await page.context().close();
  });

  it('appears, once a voice arrives, without moving anything', async () => {
    const page = await openWithStub(harness, REVIEWED.path, { voices: 'later' });
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[])
          (window as unknown as { shifts: number }).shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const listen = page.getByRole('button', { name: LISTEN_NAME });
    expect(await listen.isVisible()).toBe(false);
    await page.evaluate(() =>
      (window as unknown as { __speech: { offerVoices: () => void } }).__speech.offerVoices(),
    );
    await expect.poll(() => listen.isVisible()).toBe(true);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.context().close();
  });

  it('is not shown when the browser has no voice', async () => {
    const page = await openWithStub(harness, REVIEWED.path, { voices: 'none' });
    await page.waitForTimeout(300);
    expect(await page.locator('.listen').isVisible()).toBe(false);
    expect(await page.locator('[data-listen="play"]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('is not shown when the browser has no speech API', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    const page = await context.newPage();
    await page.goto(harness.origin + REVIEWED.path);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(await page.locator('.listen').count()).toBe(1);
    expect(await page.locator('[data-listen="play"]').isVisible()).toBe(false);
    await context.close();
  });

  it('is absent without JavaScript: not shown and taking no space', async () => {
    const page = await openWithStub(harness, REVIEWED.path, {}, { javaScriptEnabled: false });
    const listen = page.locator('.listen');
    expect(await listen.count()).toBe(1);
    expect(await listen.isVisible()).toBe(false);
    expect(await listen.boundingBox()).toBeNull();
    await page.context().close();
  });

  it.each([320, 1280])('at %i px, with every control showing: no sideways scrolling', async (width) => {
    const page = await openWithStub(harness, REVIEWED.path, {}, { viewport: { width, height: 900 } });
    await press(page, '[data-listen="play"]');
    expect(await page.locator('[data-listen="controls"]').isVisible()).toBe(true);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.context().close();
  });

  it('passes axe with every control showing, in both themes', async () => {
    const found: string[] = [];
    for (const width of [390, 1280])
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openWithStub(
          harness,
          REVIEWED.path,
          {},
          { colorScheme, viewport: { width, height: 900 } },
        );
        await press(page, '[data-listen="play"]');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
          .analyze();
        found.push(
          ...results.violations.map(
            (v) => `${width}px ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        );
        await page.context().close();
      }
    expect(found).toEqual([]);
  });
});

describe('Listen on the live article', () => {
  const harness = useBrowser(liveSite);

  it('reads all of it in order, in pieces short enough for every browser', async () => {
    const [path] = liveSite
      .pages()
      .filter((p) => p.$('html').attr('data-page-kind') === 'article')
      .map((p) => p.path);
    const page = await openWithStub(harness, path!, { auto: true });
    const chunks = await listenToTheEnd(page);
    expect(normalize(chunks.map((c) => c.text).join(' '))).toBe(normalize(await readableText(page)));
    expect(chunks.length).toBeGreaterThan(40);
    for (const chunk of chunks) expect(chunk.text.length, chunk.text).toBeLessThanOrEqual(250);
    await page.context().close();
  });
});

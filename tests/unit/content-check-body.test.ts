import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkBody, type BodyContext, type BodyImage } from '../../src/build/content-check/body';
import { explainParseError } from '../../src/build/content-check/mdx-errors';
import { readingGrade } from '../../src/build/content-check/readability';
import type { ArticleStatus } from '../../src/lib/publishing';

const FILE = 'content/blog/example.mdx';
/** The body starts on line 10 of the file, so a problem on the body's first line is reported on line 10. */
const BODY_LINE = 10;

const PAGES: Record<string, 'public' | 'unpublished'> = {
  '/consult/': 'public',
  '/blog/other-article/': 'public',
  '/blog/coming-soon/': 'unpublished',
};

function contextWith(overrides: Partial<BodyContext> = {}): BodyContext {
  return { resolvePath: (path) => PAGES[path] ?? 'missing', readingGradeMax: 8, ...overrides };
}

function check(body: string, status: ArticleStatus = 'published', context = contextWith()) {
  return checkBody({ file: FILE, body, bodyLine: BODY_LINE, status }, context);
}

function problemsOf(body: string, status: ArticleStatus = 'published') {
  return check(body, status).problems;
}

/** The one problem a body has, without the fields every problem here shares. */
function onlyProblem(body: string, status: ArticleStatus = 'published') {
  const problems = problemsOf(body, status);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem).toMatchObject({ file: FILE, field: 'body' });
  const { line, column, message, fix, severity } = problem!;
  return { line, column, message, fix, severity };
}

describe('MDX the parser cannot read', () => {
  it('explains a < in prose and says to write "less than"', () => {
    expect(problemsOf('Pain scores under 5 improved.\n\nSome scores fell to less than 3.')).toEqual([]);
    expect(problemsOf('Some scores fell to &lt;3.')).toEqual([]);
    expect(onlyProblem('First line.\n\nSome scores fell to less than <3 by discharge.')).toEqual({
      line: 12,
      column: 31,
      message: 'a < in the text ("<3") starts a tag in MDX, so the page cannot be built',
      fix: 'write "less than" (or &lt;) instead of <',
      severity: 'error',
    });
  });

  it('explains a { in prose that nothing closes', () => {
    expect(onlyProblem('Costs { vary by plan.')).toEqual({
      line: 10,
      column: 7,
      message: 'a { in the text starts a piece of code in MDX, and nothing closes it',
      fix: 'to show a brace as text, write \\{ and \\}; otherwise reword without braces',
      severity: 'error',
    });
  });

  it('points at the { of braces around words that are not code', () => {
    expect(onlyProblem('Ask about {your options} today.')).toMatchObject({
      line: 10,
      column: 11,
      message: 'text between { and } is read as code in MDX, and this text is not code',
      fix: 'to show a brace as text, write \\{ and \\}; otherwise reword without braces',
    });
  });

  it('explains a component tag that is never closed', () => {
    expect(problemsOf('<ResearchSummary>\n\nWhat studies show.\n\n</ResearchSummary>')).toEqual([]);
    expect(onlyProblem('Intro.\n\n<ResearchSummary>\n\nWhat studies show.\n')).toEqual({
      line: 12,
      column: 1,
      message: 'the tag <ResearchSummary> is never closed',
      fix: 'add </ResearchSummary> on its own line after the text it wraps, or write <ResearchSummary /> if it wraps nothing',
      severity: 'error',
    });
  });

  it('explains a tag left open at the end of its paragraph', () => {
    expect(onlyProblem('A <sup>note in a sentence.')).toMatchObject({
      line: 10,
      column: 3,
      message: 'the tag <sup> is not closed before the end of its paragraph',
    });
  });

  it('names the line of the open tag when a closing tag does not match it', () => {
    expect(onlyProblem('<ResearchSummary>\n\nText.\n\n</ConsultCta>')).toEqual({
      line: 14,
      column: 1,
      message: '</ConsultCta> does not match the tag still open here, <ResearchSummary> (line 10)',
      fix: 'close <ResearchSummary> with </ResearchSummary> (names must match exactly, capitals included)',
      severity: 'error',
    });
  });

  it('explains a closing tag with no opening tag', () => {
    expect(onlyProblem('Text.\n\n</div>')).toMatchObject({
      line: 12,
      column: 1,
      message: '</div> closes a tag that was never opened',
      fix: 'delete </div>, or add the opening <div> before the text it wraps',
    });
  });

  it('explains HTML comments, addresses in angle brackets and void tags', () => {
    expect(problemsOf('{/* a note for editors */}\n\nText.')).toEqual([]);
    expect(onlyProblem('Text <!-- a note --> more.')).toMatchObject({
      column: 6,
      message: 'an HTML comment <!-- … --> does not work in MDX',
      fix: 'write the note as {/* your note */}, or delete it',
    });
    expect(onlyProblem('See <https://www.nih.gov/> now.')).toMatchObject({
      message: 'a web or email address in angle brackets <https://www.nih.gov/> does not work in MDX',
      fix: 'write [what it is](https://www.nih.gov/)',
    });
    expect(onlyProblem('Write to <care@example.org>.').fix).toBe(
      'write [what it is](mailto:care@example.org)',
    );
    expect(onlyProblem('Line one<br>line two.')).toMatchObject({
      message: '<br> must close itself in MDX',
      fix: 'write <br /> instead',
    });
  });

  it('names only the tag when a tag is not finished', () => {
    expect(onlyProblem('Call us <ConsultCta|now').message).toBe(
      'the tag <ConsultCta is not written correctly',
    );
  });

  it('explains a tag with an unquoted attribute', () => {
    expect(onlyProblem('<ConsultCta class=wide />')).toMatchObject({
      line: 10,
      column: 1,
      message: 'the tag <ConsultCta is not written correctly',
      fix: 'end it with > (or /> if it wraps nothing) and put every attribute value in quotes: name="value"',
    });
  });

  it('keeps the parser’s own words for an error it does not recognise', () => {
    const explained = explainParseError(
      new Error('2:4: Something unusual happened (mdx:odd-rule)'),
      'a\nbcdef',
      9,
    );
    expect(explained).toEqual({
      line: 2,
      column: 4,
      message: 'the article text could not be read as MDX: Something unusual happened',
      fix: 'look at this spot for a stray <, { or } or an unfinished tag',
    });
  });
});

describe('code in an article', () => {
  it('reports words in braces, which MDX reads as code', () => {
    expect(problemsOf('Use \\{curly braces\\} as text.')).toEqual([]);
    expect(onlyProblem('Intro.\n\nCall us {today} to book.')).toEqual({
      line: 12,
      column: 9,
      message: 'the text {today} is read as code in MDX: the page would break or show nothing here',
      fix: 'to show braces as text, write \\{ and \\} instead of { and }; otherwise delete them',
      severity: 'error',
    });
  });

  it('reports import and export lines', () => {
    expect(onlyProblem('import Box from "../components/Box.astro";\n\nText.')).toEqual({
      line: 10,
      column: 1,
      message: 'import and export lines are not allowed in articles',
      fix: 'delete this line: the site’s components (<ConsultCta>, <ResearchSummary>, <Cite>) work without importing them',
      severity: 'error',
    });
    expect(onlyProblem("import photo from './photo.jpg';").fix).toBe(
      'delete this line and write the image in Markdown: ![describe the image](./photo.jpg)',
    );
  });
});

describe('components and HTML', () => {
  it('accepts the site’s components and harmless inline HTML', () => {
    const body = [
      '<ConsultCta />',
      '',
      'The <abbr title="N-methyl-D-aspartate">NMDA</abbr> receptor, H<sub>2</sub>O, x<sup>2</sup>.<br />',
      '',
      '<details>',
      '<summary>More</summary>',
      '',
      'Hidden text.',
      '',
      '</details>',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it('says a component written in lower case needs a capital letter', () => {
    expect(onlyProblem('Text.\n\n<consultCta />')).toEqual({
      line: 12,
      column: 1,
      message:
        '<consultCta> is written in lower case, so it is treated as an unknown HTML tag and would not show the site’s component',
      fix: 'components start with a capital letter: write <ConsultCta>',
      severity: 'error',
    });
    expect(onlyProblem('<consultcta>\n\nBook a visit.\n\n</consultcta>').fix).toBe(
      'components start with a capital letter: write <ConsultCta>',
    );
  });

  it('suggests the closest component for a near miss', () => {
    expect(onlyProblem('<ConsultCTA />')).toEqual({
      line: 10,
      column: 1,
      message:
        '<ConsultCTA> is not one of the site’s components (names must match exactly, capitals included)',
      fix: 'did you mean <ConsultCta>? Write <ConsultCta>',
      severity: 'error',
    });
    expect(onlyProblem('<ResearchSumary>\n\nText.\n\n</ResearchSumary>').fix).toBe(
      'did you mean <ResearchSummary>? Write <ResearchSummary>',
    );
    expect(onlyProblem('<Image src="./photo.jpg" alt="A nurse" />').fix).toBe(
      'write a Markdown image instead: ![describe the image](./photo.jpg)',
    );
    expect(onlyProblem('<VideoPlayer />').fix).toBe(
      'use one of <ConsultCta>, <ResearchSummary>, <Cite>, or delete the tag',
    );
  });

  it('says what to write instead of other HTML', () => {
    expect(onlyProblem('Read <a href="https://www.nih.gov/">the study</a>.')).toEqual({
      line: 10,
      column: 6,
      message: 'the HTML tag <a> is not allowed in articles',
      fix: 'write a Markdown link instead: [the words to click](https://…) or [another article](/blog/its-address/)',
      severity: 'error',
    });
    expect(onlyProblem('<img src="./photo.jpg" alt="A nurse" />').fix).toBe(
      'write a Markdown image instead: ![describe the image](./photo.jpg)',
    );
    expect(onlyProblem('<div>\n\nText.\n\n</div>').fix).toBe(
      'delete the opening and closing tags and keep the text between them',
    );
    expect(onlyProblem('Some <span>words</span>.').column).toBe(6);
    expect(onlyProblem('<script src="https://tracker.example/t.js"></script>').fix).toBe(
      'delete it (ask the web team if the article really needs one)',
    );
    expect(onlyProblem('<iframe src="https://video.example/" />').fix).toBe(
      'delete it (ask the web team if the article really needs one)',
    );
    expect(onlyProblem('Big <font>news</font>.').fix).toBe(
      'delete the opening and closing tags and keep the text between them',
    );
  });

  it('checks tags inside components too', () => {
    expect(onlyProblem('<ResearchSummary>\n\nText <span>here</span>.\n\n</ResearchSummary>')).toMatchObject({
      line: 12,
      column: 6,
    });
  });
});

describe('links', () => {
  it('accepts public pages, anchors, https, email and phone links', () => {
    const body =
      'See [the consult page](/consult/), [another](/blog/other-article/), [above](#top), ' +
      '[the study](https://www.nih.gov/), [email](mailto:care@example.org) and [call](tel:+15555550100).';
    expect(problemsOf(body)).toEqual([]);
  });

  it('looks pages up without their anchor or query, with a trailing slash', () => {
    const resolvePath = vi.fn(() => 'public' as const);
    const { problems } = check('[Book](/consult?from=article#form) [Logo](/favicon.svg)', 'published', {
      ...contextWith(),
      resolvePath,
    });
    expect(problems).toEqual([]);
    expect(resolvePath.mock.calls).toEqual([['/consult/'], ['/favicon.svg']]);
  });

  it('reports an internal link that leads nowhere', () => {
    expect(onlyProblem('Intro.\n\nSee [our prices](/prices/).')).toEqual({
      line: 12,
      column: 5,
      message: 'the link /prices/ leads to no page on this site',
      fix: 'check the address (an article’s address is /blog/ followed by its file name without .mdx, and a /) or remove the link',
      severity: 'error',
    });
  });

  it('reports a link to an article not yet public from a live article, not from a draft', () => {
    const body = 'Read [what is coming](/blog/coming-soon/).';
    expect(problemsOf(body, 'draft')).toEqual([]);
    const expected = {
      line: 10,
      column: 6,
      message:
        'the link /blog/coming-soon/ leads to an article that is not published yet, so readers would get “page not found”',
      fix: 'remove the link until that article is published, or publish that article first',
      severity: 'error',
    };
    expect(onlyProblem(body, 'published')).toEqual(expected);
    expect(onlyProblem(body, 'scheduled')).toEqual(expected);
  });

  it('reports http and javascript links', () => {
    expect(onlyProblem('[The study](http://www.nih.gov/study)')).toEqual({
      line: 10,
      column: 1,
      message: 'the link http://www.nih.gov/study is not secure (http)',
      fix: 'write https://www.nih.gov/study (check that it opens)',
      severity: 'error',
    });
    expect(onlyProblem('[Click](javascript:alert(1))')).toMatchObject({
      message: 'a javascript: link runs code in the reader’s browser',
      fix: 'link to a page address instead, or delete the link',
    });
  });

  it('gives the address of an article linked by its file name', () => {
    expect(onlyProblem('Read [the other one](./other-article.mdx).')).toEqual({
      line: 10,
      column: 6,
      message: 'the link ./other-article.mdx does not start with /, so it would not work on the website',
      fix: 'write /blog/other-article/',
      severity: 'error',
    });
    expect(onlyProblem('Read [the other one](other-article).').fix).toBe('write /blog/other-article/');
    expect(onlyProblem('Read [it](/blog/other-article.mdx).').fix).toBe('write /blog/other-article/');
    expect(onlyProblem('[Book a consultation](consult)').fix).toBe('write /consult/');
    expect(onlyProblem('Read [it](./no-such-article.mdx).').fix).toBe(
      'write /blog/no-such-article/ (no article has that address yet: check the file name)',
    );
  });

  it('checks links written as references', () => {
    expect(onlyProblem('Read [the study][nih].\n\n[nih]: http://www.nih.gov/')).toMatchObject({
      line: 10,
      column: 6,
      message: 'the link http://www.nih.gov/ is not secure (http)',
    });
  });
});

describe('placeholders', () => {
  const body = 'Intro.\n\nKetamine may help. TODO add the dose.';

  it('accepts finished text and placeholders in code', () => {
    expect(problemsOf('Today we explain the treatment.\n\n`TODO` and\n\n```\nFIXME\n```')).toEqual([]);
  });

  it('is an error in a published or scheduled article', () => {
    const expected = {
      line: 12,
      column: 20,
      message: 'the placeholder "TODO" is still in the text of a published article',
      fix: 'finish the sentence or delete the placeholder',
      severity: 'error',
    };
    expect(onlyProblem(body, 'published')).toEqual(expected);
    expect(onlyProblem(body, 'scheduled')).toEqual({
      ...expected,
      message: 'the placeholder "TODO" is still in the text of a scheduled article',
    });
  });

  it('is a warning in a draft', () => {
    expect(onlyProblem(body, 'draft')).toEqual({
      line: 12,
      column: 20,
      message: 'the placeholder "TODO" is still in the text',
      fix: 'finish or delete it before you publish',
      severity: 'warning',
    });
  });

  it('finds every kind, on the right line of a long paragraph', () => {
    const problems = problemsOf('**TBD**: first line\nLorem ipsum dolor, FIXME and XXX.');
    expect(problems.map(({ line, column, message }) => [line, column, message])).toEqual([
      [10, 3, 'the placeholder "TBD" is still in the text of a published article'],
      [11, 1, 'the placeholder "Lorem ipsum" is still in the text of a published article'],
      [11, 20, 'the placeholder "FIXME" is still in the text of a published article'],
      [11, 30, 'the placeholder "XXX" is still in the text of a published article'],
    ]);
  });
});

describe('headings', () => {
  it('accepts headings that go down one level at a time', () => {
    expect(problemsOf('## Section\n\n### Part\n\n#### Detail\n\n## Next section')).toEqual([]);
  });

  it('warns about an H1 in the body', () => {
    expect(onlyProblem('# My title again\n\nText.')).toEqual({
      line: 10,
      column: 1,
      message: 'a # heading (level 1) in the text: the article’s title is already the page’s top heading',
      fix: 'start section headings with ## instead',
      severity: 'warning',
    });
  });

  it('warns about a heading that skips a level', () => {
    expect(onlyProblem('## Section\n\nText.\n\n#### Detail')).toEqual({
      line: 14,
      column: 1,
      message: 'this #### heading skips a level after a ## heading',
      fix: 'use ### here (headings go down one level at a time)',
      severity: 'warning',
    });
    expect(onlyProblem('### First section').message).toBe('this ### heading skips a level after the title');
  });
});

describe('bare addresses', () => {
  it('accepts links with words', () => {
    expect(problemsOf('Read [the NIH page](https://www.nih.gov/).')).toEqual([]);
  });

  it('warns about an address written as it is', () => {
    expect(onlyProblem('Read https://www.nih.gov/ for more.')).toEqual({
      line: 10,
      column: 6,
      message: 'the bare address https://www.nih.gov/ is in the text',
      fix: 'write [what it is](https://www.nih.gov/)',
      severity: 'warning',
    });
  });

  it('reports a bare www address, which becomes an http link', () => {
    expect(onlyProblem('Read www.nih.gov for more.')).toEqual({
      line: 10,
      column: 6,
      message: 'the bare address www.nih.gov becomes a link that is not secure (http)',
      fix: 'write [what it is](https://www.nih.gov)',
      severity: 'error',
    });
  });
});

describe('reading level', () => {
  const plain = Array.from({ length: 30 }, () => 'The nurse will check on you.').join(' ');
  const dense = Array.from(
    { length: 12 },
    () =>
      'Ketamine, an N-methyl-D-aspartate receptor antagonist, demonstrates considerable therapeutic potential regarding refractory neurological conditions characterised by persistent central sensitisation.',
  ).join(' ');

  it('counts sentences, words and syllables as Flesch and Kincaid did', () => {
    // 6 words of one syllable per sentence: 0.39 × 6 + 11.8 × 1 − 15.59.
    expect(readingGrade(Array.from({ length: 20 }, () => 'The cat sat on the mat.'))).toBeCloseTo(-1.45, 5);
    // A heading's number is not a word, "e.g." is one word and no full stop, a web address is not prose.
    const withExtras = [
      '1. The cat sat',
      ...Array.from(
        { length: 19 },
        () => 'The cat sat on the mat, e.g. https://example.org/a-very-long-address.',
      ),
    ];
    expect(readingGrade(withExtras)).toBeCloseTo(0.39 * (136 / 20) + 11.8 - 15.59, 5);
    expect(readingGrade(['Too short to judge.'])).toBeUndefined();
  });

  it('accepts plain writing', () => {
    expect(problemsOf(plain)).toEqual([]);
  });

  it('warns once, at the start of the body, when the article reads above the configured grade', () => {
    const problem = onlyProblem(`${plain}\n\n${dense}`);
    expect(problem).toMatchObject({
      line: BODY_LINE,
      column: 1,
      fix: 'use shorter sentences and everyday words, and explain medical terms in plain words',
      severity: 'warning',
    });
    expect(problem.message).toMatch(
      /^the article reads at US school grade \d+\.\d; patient materials should read at grade 8 or below$/,
    );
  });

  it('leaves code and addresses out of the prose', () => {
    const code = '```\n' + dense + '\n```';
    const address = `https://example.org/${'extraordinarily-'.repeat(20)}`;
    expect(problemsOf(`${plain}\n\n${code}\n\nSee ${address}`)).toEqual([
      expect.objectContaining({ message: `the bare address ${address} is in the text` }),
    ]);
  });
});

describe('images', () => {
  it('lists every Markdown image with its place in the file', () => {
    const body =
      'Intro.\n\n![A nurse checks a patient](./nurse.jpg)\n\nText ![Chart of results][chart].\n\n[chart]: ./chart.png';
    const { problems, images } = check(body);
    expect(problems).toEqual([]);
    const expected: BodyImage[] = [
      { src: './nurse.jpg', alt: 'A nurse checks a patient', line: 12, column: 1 },
      { src: './chart.png', alt: 'Chart of results', line: 14, column: 6 },
    ];
    expect(images).toEqual(expected);
  });

  it('reports an image without alt text', () => {
    const { problems, images } = check('Intro.\n\n![](./photo.jpg)');
    expect(images).toEqual([{ src: './photo.jpg', alt: '', line: 12, column: 1 }]);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 12,
        column: 1,
        field: 'body',
        message: 'the image has no description (alt text)',
        fix: 'describe the image in the brackets: ![a nurse …](./photo.jpg)',
        severity: 'error',
      },
    ]);
  });

  it('reports an image served over http', () => {
    expect(onlyProblem('![A chart](http://example.org/chart.png)')).toMatchObject({
      message: 'the image address http://example.org/chart.png is not secure (http)',
      fix: 'write https://example.org/chart.png',
    });
  });
});

describe('the live article', () => {
  it('has no errors', () => {
    const file = 'content/blog/ketamine-migraine-treatment.mdx';
    const text = readFileSync(file, 'utf8');
    const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    const { problems } = checkBody(
      {
        file,
        body: text.slice(frontmatter.length),
        bodyLine: frontmatter.split('\n').length,
        status: 'published',
      },
      { resolvePath: (path) => (path === '/consult/' ? 'public' : 'missing'), readingGradeMax: 8 },
    );
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { citationProblems } from '../../src/build/content-check/citations';

const FILE = 'content/blog/example.mdx';
/** The body starts on line 10 of the file. */
const BODY_LINE = 10;
const KNOWN = ['pomeroy2017', 'schwenk2018', 'cohen2018'];

function check(body: string, sources: string[]) {
  return citationProblems(
    {
      file: FILE,
      body,
      bodyLine: BODY_LINE,
      // `sources:` written from line 4, one id a line, indented by two spaces and a dash.
      sources: sources.map((id, index) => ({ id, at: { line: 4 + index, column: 5 } })),
    },
    KNOWN,
  ).map(({ file, line, column, field, message, fix, severity }) => ({
    where: `${file}:${line}:${column}`,
    field,
    message,
    fix,
    severity,
  }));
}

describe('the citation check', () => {
  it('accepts an article whose sources: lists exactly the works its text cites', () => {
    const body =
      'A claim.<Cite id="schwenk2018" />\n\n- more<Cite id="pomeroy2017" />,<Cite id="schwenk2018" />';
    expect(check(body, ['pomeroy2017', 'schwenk2018'])).toEqual([]);
  });

  it('accepts an article with no sources and no citations', () => {
    expect(check('Plain text.', [])).toEqual([]);
  });

  it('names the file, line and id of a citation of an unknown source', () => {
    expect(check('Line one.\n\nA claim.<Cite id="smith2020" />', [])).toEqual([
      {
        where: `${FILE}:12:9`,
        field: 'body',
        message:
          '<Cite id="smith2020" /> cites an unknown source: there is no content/references/smith2020.yaml (they are: pomeroy2017, schwenk2018, cohen2018)',
        fix: 'correct the id, or add content/references/smith2020.yaml for the work and list smith2020 under sources:',
        severity: 'error',
      },
    ]);
  });

  it('reports a citation of a known source that sources: does not list', () => {
    const [problem] = check('A claim.<Cite id="cohen2018" />', []);
    expect(problem).toMatchObject({
      where: `${FILE}:10:9`,
      field: 'body',
      message: '<Cite id="cohen2018" /> cites a source that the frontmatter\'s sources: does not list',
      fix: 'add the line "  - cohen2018" under sources: (sources: lists exactly the works the text cites)',
    });
  });

  it('reports two citations side by side, which would read as one number', () => {
    expect(
      check('A claim.<Cite id="pomeroy2017" /><Cite id="cohen2018" />', ['pomeroy2017', 'cohen2018']),
    ).toEqual([
      {
        where: `${FILE}:10:34`,
        field: 'body',
        message:
          'two <Cite /> marks side by side would read as one number (sources 3 and 8 would show as 38)',
        fix: 'write a comma between them: <Cite id="…" />,<Cite id="cohen2018" />, or put each after the words it supports',
        severity: 'error',
      },
    ]);
    expect(
      check('A claim.<Cite id="pomeroy2017" />,<Cite id="cohen2018" />', ['pomeroy2017', 'cohen2018']),
    ).toEqual([]);
  });

  it('reports a <Cite> without an id', () => {
    expect(check('A claim.<Cite />', [])).toMatchObject([
      { where: `${FILE}:10:9`, message: 'a <Cite /> without the id of a source', severity: 'error' },
    ]);
  });

  it('reports a listed source the text never cites, on its line in sources:', () => {
    expect(check('A claim.<Cite id="pomeroy2017" />', ['pomeroy2017', 'cohen2018'])).toEqual([
      {
        where: `${FILE}:5:5`,
        field: 'sources[1]',
        message: 'the source "cohen2018" is listed in sources: but the text never cites it',
        fix: 'cite it after the sentence it supports with <Cite id="cohen2018" />, or delete this line (sources: lists exactly the works the text cites)',
        severity: 'error',
      },
    ]);
  });

  it('leaves an unknown listed id to the reference check (one problem per line)', () => {
    expect(check('Plain text.', ['smith2020'])).toEqual([]);
  });

  it('leaves MDX it cannot read to the body check', () => {
    expect(check('<Cite id="x"', ['pomeroy2017'])).toEqual([]);
  });

  it('does not count a <Cite> inside code as a citation', () => {
    expect(check('`<Cite id="pomeroy2017" />`', ['pomeroy2017'])).toMatchObject([{ field: 'sources[0]' }]);
  });
});

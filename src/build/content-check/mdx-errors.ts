interface ExplainedParseError {
  /** 1-based line within the body. */
  line: number;
  column: number;
  message: string;
  fix: string;
}

const LITERAL_BRACES = 'to show a brace as text, write \\{ and \\}; otherwise reword without braces';

/**
 * Turns an error thrown by the MDX parser (`line:col: what it expected (rule)`) into a sentence an editor can act
 * on. `lineOffset` is added to lines the parser names inside its message (they count from the start of the body).
 */
export function explainParseError(error: unknown, body: string, lineOffset: number): ExplainedParseError {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(raw);
  if (!match) {
    return {
      line: 1,
      column: 1,
      message: `the article text could not be read as MDX: ${raw}`,
      fix: 'look for a stray <, { or } or an unfinished tag',
    };
  }
  const line = Number(match[1]);
  const column = Number(match[2]);
  const parserSays = match[3] ?? raw;
  const sourceLine = body.split('\n')[line - 1] ?? '';
  const at = { line, column };
  const fileLine = (bodyLine: number) => bodyLine + lineOffset;

  if (
    parserSays.startsWith('Unexpected character after `<`') ||
    /^Unexpected character .* before name/.test(parserSays)
  ) {
    return { ...at, ...explainLessThan(sourceLine.slice(column - 1)) };
  }
  if (parserSays.startsWith('Unexpected end of file in expression')) {
    return {
      ...at,
      message: 'a { in the text starts a piece of code in MDX, and nothing closes it',
      fix: LITERAL_BRACES,
    };
  }
  if (parserSays.startsWith('Could not parse expression')) {
    const brace = sourceLine.lastIndexOf('{', column - 1);
    return {
      ...at,
      column: brace >= 0 ? brace + 1 : column,
      message: 'text between { and } is read as code in MDX, and this text is not code',
      fix: LITERAL_BRACES,
    };
  }

  const unclosed =
    /^Expected a closing tag for `<([^>]*)>` \((\d+):\d+\)( before the end of `paragraph`)?/.exec(parserSays);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    if (['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source'].includes(name)) {
      return { ...at, message: `<${name}> must close itself in MDX`, fix: `write <${name} /> instead` };
    }
    if (unclosed[3]) {
      return {
        ...at,
        message: `the tag <${name}> is not closed before the end of its paragraph`,
        fix: `close it with </${name}> in the same paragraph, or put <${name}> and </${name}> each on a line of their own with a blank line before and after the text inside`,
      };
    }
    return {
      ...at,
      message: `the tag <${name}> is never closed`,
      fix: `add </${name}> on its own line after the text it wraps, or write <${name} /> if it wraps nothing`,
    };
  }

  const mismatched =
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):\d+\)/.exec(
      parserSays,
    );
  if (mismatched) {
    const [, closing, open, openLine] = mismatched;
    return {
      ...at,
      message: `</${closing}> does not match the tag still open here, <${open}> (line ${fileLine(Number(openLine))})`,
      fix: `close <${open}> with </${open}> (names must match exactly, capitals included)`,
    };
  }

  const stray = /^Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/.exec(parserSays);
  if (stray) {
    return {
      ...at,
      message: `</${stray[1]}> closes a tag that was never opened`,
      fix: `delete </${stray[1]}>, or add the opening <${stray[1]}> before the text it wraps`,
    };
  }

  return {
    ...at,
    message: `the article text could not be read as MDX: ${parserSays}`,
    fix: 'look at this spot for a stray <, { or } or an unfinished tag',
  };
}

/** A `<` the parser could not read as a tag: from what follows it, guess what the editor meant to write. */
function explainLessThan(fromLessThan: string): Omit<ExplainedParseError, 'line' | 'column'> {
  const after = fromLessThan.slice(1);
  if (after.startsWith('!--')) {
    return {
      message: 'an HTML comment <!-- … --> does not work in MDX',
      fix: 'write the note as {/* your note */}, or delete it',
    };
  }
  const address = /^([a-z][a-z0-9+.-]*:[^\s>]*|[^\s@<>]+@[^\s<>]+)>/i.exec(after);
  if (address) {
    const target = address[1] ?? '';
    const href = target.includes(':') ? target : `mailto:${target}`;
    return {
      message: `a web or email address in angle brackets <${target}> does not work in MDX`,
      fix: `write [what it is](${href})`,
    };
  }
  if (/^\/?[A-Za-z]/.test(after)) {
    const tag = /^<\/?[A-Za-z][\w.:-]*/.exec(fromLessThan)?.[0] ?? '<';
    return {
      message: `the tag ${tag} is not written correctly`,
      fix: 'end it with > (or /> if it wraps nothing) and put every attribute value in quotes: name="value"',
    };
  }
  const written = /^<\S{0,3}/.exec(fromLessThan)?.[0] ?? '<';
  return {
    message: `a < in the text ("${written}") starts a tag in MDX, so the page cannot be built`,
    fix: 'write "less than" (or &lt;) instead of <',
  };
}

/**
 * The YAML parser's errors, said in plain words for editors. The usual causes in frontmatter: a colon or an
 * apostrophe inside a value that is not quoted, an unclosed quote or list, a tab, a value starting with * or @.
 */
import type { YAMLError } from 'yaml';

const QUOTE_EXAMPLE = "put the whole value in quotes, for example description: 'Ketamine: what to expect'";

/** `line` is the text of the line the error is on. */
export function explainYamlError(error: YAMLError, line: string): { message: string; fix: string } {
  const value = line.replace(/^\s*[^:]*:\s*/, '');
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return {
        message: 'this field is written twice',
        fix: 'keep one of the two lines and delete the other',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'YAML reads the colon inside this value as the start of another field',
        fix: QUOTE_EXAMPLE,
      };
    case 'MISSING_CHAR':
      return {
        message: 'a quote opened on this line is not closed',
        fix: 'end the value with the same quote (\' or ") it starts with',
      };
    case 'TAB_AS_INDENT':
      return {
        message: 'this line is indented with a tab',
        fix: 'indent with spaces (two per level), not tabs',
      };
    case 'BAD_SCALAR_START':
      return {
        message: `a value cannot start with ${value.charAt(0) || 'this character'}`,
        fix: QUOTE_EXAMPLE,
      };
    case 'BAD_INDENT':
      return error.message.startsWith('Flow')
        ? {
            message: 'a list opened with [ is not closed',
            fix: 'end the list with ], for example tags: [migraine]',
          }
        : {
            message: 'this line is indented differently from the fields around it',
            fix: 'start each field at the beginning of the line; indent only the lines under image: (two spaces)',
          };
    default:
      if (/^[*&]/.test(value)) {
        return {
          message: 'a value starts with *, which YAML reads as a reference to another value',
          fix: "put the text in quotes, for example title: '*Important* news about migraine'",
        };
      }
      if (/^(['"]).*\1\s*\S/.test(value) || /^'[^']*'[^']/.test(value)) {
        return {
          message: 'the text goes on after its closing quote',
          fix: "put the whole value in quotes; inside single quotes write an apostrophe twice ('It''s here'), or use double quotes",
        };
      }
      return {
        message: 'this line cannot be read as a field',
        fix: 'write it as name: value; check the colon after the name, the indentation and the quotes',
      };
  }
}

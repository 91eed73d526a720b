/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu, published on npm as vnu-jar), run offline with Java
 * over files on disk. One Java process checks every file given: the checker's start-up is most of its cost.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const VNU_JAR = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'));

/**
 * A run this short never pays back the optimising compiler: the quick one alone (TieredStopAtLevel=1) halves
 * the time on two cores. Its deeper stack frames overflow the default stack in the checker's schema, hence -Xss.
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];

export interface CheckerMessage {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/**
 * One message of `vnu.jar --format json`. firstLine is left out when it equals lastLine; firstColumn is on the
 * first line. Positions are absent when the message has none.
 */
interface VnuJsonMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Valid CSS that the checker's CSS grammar does not know yet, reported as errors inside the inline stylesheet.
 * Each entry is one exact message, so any other CSS error still fails.
 */
const CSS_THE_CHECKER_DOES_NOT_KNOW = [
  // CSS Properties and Values API: Tailwind v4 registers its --tw-* custom properties with @property.
  'CSS: Unrecognized at-rule “@property”',
  // CSS Box Model 4: Tailwind v4 tests for it in the @supports query that detects Safari.
  "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
];

function severityOf(raw: VnuJsonMessage): CheckerMessage['severity'] {
  if (raw.type === 'info') return raw.subType === 'warning' ? 'warning' : 'info';
  // 'error' (including the fatal "cannot recover" one) and 'non-document-error' (a file it could not read).
  return 'error';
}

/**
 * Checks HTML files with the Nu HTML Checker: every message, with its file, line and column. Fails when Java is
 * missing or the checker cannot run, never returns an empty list for a check that did not happen.
 */
export async function checkHtmlFiles(files: readonly string[]): Promise<CheckerMessage[]> {
  if (files.length === 0) throw new Error('no HTML file to check');
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await promisify(execFile)(
      'java',
      [
        ...JVM_OPTIONS,
        '-jar',
        VNU_JAR,
        '--format',
        'json',
        '--stdout',
        '--exit-zero-always',
        '--verbose',
        ...files,
      ],
      { maxBuffer: 256 * 1024 * 1024 },
    ));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'java not found: the Nu HTML Checker needs Java 17 or later (Debian: apt-get install default-jre-headless; .ci/run installs it)',
        { cause: error },
      );
    }
    throw error;
  }
  // The checker skips a file it cannot find without a word; --verbose names each file it checked, on stderr.
  const checked = new Set(stderr.split('\n'));
  const unchecked = files.filter((file) => !checked.has(file));
  if (unchecked.length)
    throw new Error(`the Nu HTML Checker did not check ${unchecked.join(', ')}:\n${stderr}`);
  let messages: VnuJsonMessage[];
  try {
    ({ messages } = JSON.parse(stdout) as { messages: VnuJsonMessage[] });
  } catch (error) {
    throw new Error(`the Nu HTML Checker did not answer in JSON:\n${stdout.slice(0, 2000)}`, {
      cause: error,
    });
  }
  return messages
    .filter((raw) => !CSS_THE_CHECKER_DOES_NOT_KNOW.includes(raw.message))
    .map((raw) => ({
      file: raw.url?.startsWith('file:') ? fileURLToPath(raw.url) : (raw.url ?? '(no file)'),
      line: raw.firstLine ?? raw.lastLine ?? 0,
      column: raw.firstColumn ?? 0,
      severity: severityOf(raw),
      message: raw.message,
    }));
}

export const formatMessage = (m: CheckerMessage) =>
  `${m.file}:${m.line}:${m.column}: ${m.severity}: ${m.message}`;

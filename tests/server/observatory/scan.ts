/** Runs Mozilla's HTTP Observatory scan of one host and prints its grade, score and each test's result as JSON. */
import { scan } from '@mdn/mdn-http-observatory';

const host = process.argv[2];
if (!host) throw new Error('usage: node --import ./preload.ts scan.ts <host>');
const { scan: summary, tests } = await scan(host);
const results = Object.fromEntries(
  Object.entries(tests).map(([name, test]) => [
    name,
    { pass: test.pass, result: test.result, score: test.scoreModifier },
  ]),
);
process.stdout.write(JSON.stringify({ grade: summary.grade, score: summary.score, tests: results }));

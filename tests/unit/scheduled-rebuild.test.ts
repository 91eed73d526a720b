/**
 * The nightly rebuild (.github/workflows/scheduled-rebuild.yml): it must fire once a day just after midnight on
 * the clinic's calendar, summer and winter, and its one step must call the host's build hook, or fail loudly.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { site } from '../../src/config/site';

const run = promisify(execFile);

interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { env?: Record<string, string>; run: string }[] }>;
}

const workflow = parse(readFileSync('.github/workflows/scheduled-rebuild.yml', 'utf8')) as Workflow;
const [step] = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The clinic's wall-clock time when a daily "M H * * *" cron fires (GitHub reads crons in UTC) on a UTC day. */
function clinicTimeOfRun(cron: string, utcDay: string): { day: string; time: string } {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  if (!match) throw new Error(`"${cron}" is not a once-a-day cron`);
  const instant = new Date(`${utcDay}T${match[2]!.padStart(2, '0')}:${match[1]!.padStart(2, '0')}:00Z`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: site.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

async function runStep(hookUrl: string) {
  return run('bash', ['-e', '-c', step!.run], {
    env: { PATH: process.env['PATH'], BUILD_HOOK_URL: hookUrl },
  }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
  );
}

describe('the nightly rebuild workflow', () => {
  it('runs once a day, and can be run by hand', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect('workflow_dispatch' in workflow.on).toBe(true);
    expect(workflow.permissions).toEqual({});
  });

  it.each(['2027-01-15', '2027-07-15'])(
    'fires between midnight and 2 a.m. on the clinic calendar (UTC day %s), so a post dated that day appears',
    (utcDay) => {
      const { day, time } = clinicTimeOfRun(workflow.on.schedule[0]!.cron, utcDay);
      expect(day).toBe(utcDay);
      expect(time >= '00:00' && time < '02:00', `runs at ${time} in ${site.timeZone}`).toBe(true);
    },
  );

  it('takes the build hook from a repository secret', () => {
    expect(step!.env).toEqual({ BUILD_HOOK_URL: '${{ secrets.BUILD_HOOK_URL }}' });
  });

  it('calls the build hook with a POST', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await runStep(`http://127.0.0.1:${port}/build_hooks/abc123`);
      expect(result.code).toBe(0);
      expect(requests).toEqual(['POST /build_hooks/abc123']);
    } finally {
      server.close();
    }
  });

  it('fails, saying what to set, when the secret is missing', async () => {
    const result = await runStep('');
    expect(result.code).toBe(1);
    expect(result.output).toContain('BUILD_HOOK_URL is not set');
  });

  it('fails when the host refuses the call', async () => {
    const server = createServer((_request, response) => {
      response.statusCode = 404;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await runStep(`http://127.0.0.1:${port}/wrong`);
      expect(result.code).not.toBe(0);
    } finally {
      server.close();
    }
  });
});

/**
 * Mozilla's HTTP Observatory (@mdn/mdn-http-observatory, the scanner behind developer.mozilla.org/observatory)
 * grades the policy as nginx serves it: deploy/nginx.conf over the live build, on ports 80 and 443 of a loopback
 * address, over HTTPS with a self-signed certificate the scan trusts through NODE_EXTRA_CA_CERTS. The scan runs
 * in a child process (the certificate must be trusted from its start); the HSTS preload list it is given is
 * empty, so no score comes from a preload this site has not asked for.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveSite } from '../support/dist';
import { startNginx, type RunningNginx } from '../support/nginx';

const HERE = new URL('./observatory/', import.meta.url).pathname;

let nginx: RunningNginx;
beforeAll(async () => {
  liveSite.pages();
  nginx = await startNginx({ dist: liveSite.dist });
});
afterAll(async () => {
  await nginx?.stop();
});

interface ScanResult {
  grade: string;
  score: number;
  tests: Record<string, { pass: boolean; result: string; score: number }>;
}

function observatoryScan(): ScanResult {
  const preloadList = join(nginx.dir, 'hsts-preload.json');
  writeFileSync(preloadList, '{}');
  const run = spawnSync(
    process.execPath,
    ['--import', join(HERE, 'preload.ts'), join(HERE, 'scan.ts'), nginx.host],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: nginx.certificate,
        OBSERVATORY_HOST: nginx.host,
        OBSERVATORY_ADDRESS: nginx.address,
        OBSERVATORY_HSTS_PRELOAD: preloadList,
      },
      timeout: 120_000,
    },
  );
  if (run.status !== 0) throw new Error(`the Observatory scan failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as ScanResult;
}

describe('Mozilla HTTP Observatory', () => {
  it('grades the policy A+, with the extra credit for a strict Content-Security-Policy', () => {
    const result = observatoryScan();
    console.log(`HTTP Observatory: ${result.grade}, score ${result.score}`);
    const failed = Object.entries(result.tests).filter(([, test]) => !test.pass);
    expect(failed).toEqual([]);
    expect(result.tests['content-security-policy']?.result).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
    expect(result.tests['strict-transport-security']?.result).toBe(
      'hsts-implemented-max-age-at-least-six-months',
    );
    expect(result.tests['redirection']?.result).toBe('redirection-to-https');
    expect(result.tests['cross-origin-resource-policy']?.result).toBe('corp-implemented-with-same-origin');
    expect(result.grade).toBe('A+');
    expect(result.score).toBeGreaterThanOrEqual(100);
  });
});

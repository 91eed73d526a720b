/** The part of @mdn/mdn-http-observatory's scanner (plain JavaScript, no types) that scan.ts uses. */
declare module '@mdn/mdn-http-observatory' {
  interface TestResult {
    pass: boolean;
    result: string;
    scoreModifier: number;
  }
  export function scan(hostname: string): Promise<{
    scan: { grade: string; score: number };
    tests: Record<string, TestResult>;
  }>;
}

/**
 * Under REQUIRE_NEO4J=1 in the Neo4j run, any skipped test fails the run: nothing that applies
 * to a real Neo4j may quietly not run there (CI counts such skips as failures too).
 */
import type { Reporter, TestCase } from 'vitest/node';

export default class NoSkipsReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    if (testCase.result().state === 'skipped') this.skipped.push(testCase.fullName);
  }

  onTestRunEnd(): void {
    if (this.skipped.length === 0) return;
    console.error(`REQUIRE_NEO4J=1: ${this.skipped.length} test(s) skipped on Neo4j, which fails the run:\n  ${this.skipped.join('\n  ')}`);
    process.exitCode = 1;
  }
}

/** Messages between the harness (bench/run.ts) and its server process (bench/server.ts). */
import type { LoadReport } from './load.ts';
import type { OperationGroup } from './operations.ts';

export interface OperationInfo {
  name: string;
  group: OperationGroup;
  query: string;
  variables: Record<string, unknown>;
  /** Field nesting depth of the selection. */
  depth: number;
}

export type ParentMessage =
  | { type: 'check'; op: string }
  | { type: 'direct'; op: string; durationMs: number; concurrency: number }
  | { type: 'settle' }
  | { type: 'memory' }
  | { type: 'exit' };

export type ChildMessage =
  | {
      type: 'ready';
      load: LoadReport;
      rssAfterLoadMiB: number;
      graphqlPort: number;
      barePort: number;
      operations: OperationInfo[];
    }
  | {
      type: 'checked';
      op: string;
      graphqlTrips: number;
      floorTrips: number;
      graphqlBody: string;
      floorBody: string;
      /** RSS before and after one GraphQL answer and one floor answer. */
      rssBeforeMiB: number;
      rssMiB: number;
    }
  | { type: 'direct'; samples: number[]; errors: number; seconds: number }
  | { type: 'memory'; rssMiB: number; heapMiB: number }
  | { type: 'settled' }
  | { type: 'error'; message: string }
  | { type: 'bye' };

/** Messages between the harness (bench/peer/run.ts) and its server process (bench/peer/server.ts). */
import type { LoadReport } from '../load.ts';
import type { Question } from './questions.ts';

/** The three endpoints: ours on Neo4j, `@neo4j/graphql` on the same database, ours on the embedded engine. */
export type Target = 'ours' | 'peer' | 'embedded';

export type PeerParent = { type: 'check'; question: string } | { type: 'exit' };

export type PeerChild =
  | { type: 'ready'; loads: Record<'neo4j' | 'embedded', LoadReport>; ports: Record<Target, number>; questions: Question[]; neo4j: string; pids: { server: number; jvm: number | null } }
  | { type: 'checked'; question: string; bodies: Partial<Record<Target, string>>; trips: Partial<Record<Target, number>> }
  | { type: 'error'; message: string }
  | { type: 'bye' };

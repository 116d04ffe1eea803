import { GraphQLError } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../context.ts';
import type { ListBounds } from '../../graph/statistics.ts';
import { CAP_BOUNDS } from '../../graph/statistics.ts';
import { operationCost } from '../cost.ts';

export interface CostLimitOptions {
  /**
   * Highest cost an operation may have (see src/server/cost.ts).
   * @default 20000
   */
  maxCost?: number;
  /** The graph's list bounds; without them, the cuts the store makes. */
  statistics?: { bounds(): Promise<ListBounds> };
  /** Awaited before a refusal is answered (admission control holds refusals while the service is busy). */
  beforeRefusal?: (context: GraphContext) => Promise<void>;
}

/**
 * Refuses operations whose estimated cost passes `maxCost`, before they execute,
 * and leaves the cost on the context for admission control.
 */
export function useCostLimit(options: CostLimitOptions = {}): Plugin {
  const maxCost = options.maxCost ?? 20_000;
  // Yoga hands the same parsed document to every request with the same text: its costs are
  // kept beside it, by bounds, operation and variables, so a repeated request is not walked again.
  const known = new WeakMap<DocumentNode, WeakMap<ListBounds, Map<string, number | undefined>>>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined, bounds: ListBounds, schema: GraphQLSchema) => {
    let key: string;
    try {
      key = JSON.stringify([operationName ?? null, variables ?? null]);
    } catch {
      return operationCost(schema, document, variables, operationName, bounds);
    }
    let byBounds = known.get(document);
    if (!byBounds) known.set(document, (byBounds = new WeakMap()));
    let costs = byBounds.get(bounds);
    if (!costs) byBounds.set(bounds, (costs = new Map()));
    if (costs.has(key)) return costs.get(key);
    const cost = operationCost(schema, document, variables, operationName, bounds);
    if (costs.size >= 256) costs.delete(costs.keys().next().value!);
    costs.set(key, cost);
    return cost;
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const bounds = options.statistics ? await options.statistics.bounds() : CAP_BOUNDS;
      const cost = costOf(args.document, args.variableValues as Record<string, unknown> | undefined, args.operationName, bounds, args.schema);
      if (cost === undefined) return; // execution reports what the estimate could not read
      (args.contextValue as unknown as GraphContext).cost = cost;
      if (cost > maxCost) {
        await options.beforeRefusal?.(args.contextValue as unknown as GraphContext);
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Query cost ${cost} exceeds the maximum cost of ${maxCost}: ask for fewer items or a smaller traversal.`, {
              extensions: { code: 'LIMIT_EXCEEDED', limit: 'cost', max: maxCost, cost },
            }),
          ],
        });
      }
    },
  };
}

import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { OperationLimits } from '../operation-limits.ts';
import { useCostLimit } from './use-cost-limit.ts';
import type { CostLimitOptions } from './use-cost-limit.ts';
import { useDepthLimit } from './use-depth-limit.ts';

export interface OperationLimitsOptions {
  limits: OperationLimits;
  /**
   * Keep "Did you mean …?" suggestions in validation errors (development only).
   * @default false
   */
  fieldSuggestions?: boolean;
  /** The graph's list bounds for the cost estimate. */
  statistics?: CostLimitOptions['statistics'];
  /** See CostLimitOptions. */
  beforeRefusal?: CostLimitOptions['beforeRefusal'];
}

/** Tags an armor rejection so clients can tell which limit they hit, and nothing more. */
const coded = (limit: string, max: number) => ({
  exposeLimits: true,
  onReject: [
    (_ctx: unknown, error: GraphQLError) => {
      Object.assign(error.extensions as Record<string, unknown>, { code: 'LIMIT_EXCEEDED', limit, max });
    },
  ],
});

/**
 * Every whole-operation limit: tokens, depth, aliases, directives, cost and body
 * size; field suggestions hidden unless asked for.
 */
export function useOperationLimits(options: OperationLimitsOptions): Plugin[] {
  const { limits } = options;
  return [
    useBodySizeLimit(limits.maxBodyBytes),
    EnvelopArmorPlugin<YogaInitialContext>({
      maxTokens: { n: limits.maxTokens, ...coded('tokens', limits.maxTokens) },
      maxAliases: { n: limits.maxAliases, allowList: [], ...coded('aliases', limits.maxAliases) },
      maxDirectives: { n: limits.maxDirectives, ...coded('directives', limits.maxDirectives) },
      blockFieldSuggestion: { enabled: !options.fieldSuggestions },
      // Depth and cost are ours: depth skips introspection, cost reads the traversal arguments.
      maxDepth: { enabled: false },
      costLimit: { enabled: false },
    }),
    useDepthLimit({ maxDepth: limits.maxDepth }),
    useCostLimit({ maxCost: limits.maxCost, statistics: options.statistics, beforeRefusal: options.beforeRefusal }),
  ];
}

/** What a request's Content-Length says about its body, against the cap. */
export function declaredBodySize(declared: string | null | undefined, maxBytes: number): 'missing' | 'malformed' | 'too large' | 'within' {
  if (declared === null || declared === undefined) return 'missing';
  if (!/^\d{1,15}$/.test(declared)) return 'malformed';
  return Number(declared) > maxBytes ? 'too large' : 'within';
}

/**
 * 413 for a body declared larger than `maxBytes`, 400 for a malformed Content-Length, 411 for a
 * POST that does not declare its size (Node's HTTP parser holds a body to its declared length).
 */
function useBodySizeLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const declared = request.headers.get('content-length');
      const reject = (status: number, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'LIMIT_EXCEEDED', limit: 'body', max: maxBytes } }] }), {
            status,
            headers: { 'content-type': 'application/json' },
          }),
        );
      switch (declaredBodySize(declared, maxBytes)) {
        case 'missing':
          if (request.body !== null) reject(411, 'Request body must declare its Content-Length.');
          return;
        case 'malformed':
          reject(400, 'Content-Length must be a whole number of bytes.');
          return;
        case 'too large':
          reject(413, `Request body of ${declared} bytes exceeds the maximum of ${maxBytes} bytes.`);
          return;
        case 'within':
          return;
      }
    },
  };
}

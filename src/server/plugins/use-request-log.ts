import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger.ts';
import type { GraphContext } from '../context.ts';

export interface RequestLogOptions {
  logger: Logger;
}

/**
 * One structured log line per GraphQL operation (request id, name, duration,
 * error codes), and the full story of every unexpected error before it is masked.
 */
export function useRequestLog(options: RequestLogOptions): Plugin<GraphContext> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const context = args.contextValue as GraphContext;
      const operation = args.operationName ?? nameOf(args.document.definitions);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          const errors = result.errors ?? [];
          for (const error of errors) {
            const original = error.originalError;
            if (original && !(original instanceof GraphQLError)) {
              options.logger.error('resolver error', { requestId: context.requestId, operation, path: error.path, error: original });
            }
          }
          options.logger.info('graphql operation', {
            requestId: context.requestId,
            operation,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            errors: errors.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          });
        },
      };
    },
  };
}

function nameOf(definitions: readonly { kind: string; name?: { value: string } }[]): string {
  return definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value ?? 'anonymous';
}

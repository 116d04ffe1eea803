import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
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
      const operation = args.operationName ?? operationNameOf(args.document);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          logOperation(options.logger, context.requestId, operation, performance.now() - started, result);
        },
      };
    },
  };
}

/** The operation's log line, and the full story of every unexpected error before it is masked. */
export function logOperation(logger: Logger, requestId: string, operation: string | undefined, durationMs: number, result: ExecutionResult): void {
  const errors = result.errors ?? [];
  for (const error of errors) {
    const original = error.originalError;
    if (original && !(original instanceof GraphQLError)) {
      logger.error('resolver error', { requestId, operation: operation ?? 'anonymous', path: error.path, error: original });
    }
  }
  logger.info('graphql operation', {
    requestId,
    operation: operation ?? 'anonymous',
    durationMs: Math.round(durationMs * 10) / 10,
    errors: errors.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
  });
}

/** The name of the document's first operation, if it has one. */
export function operationNameOf(document: { definitions: readonly { kind: string; name?: { value: string } }[] }): string | undefined {
  return document.definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value;
}

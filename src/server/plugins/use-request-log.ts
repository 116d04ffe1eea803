import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger.ts';

export interface RequestLogOptions {
  logger: Logger;
}

/** One structured log line per GraphQL operation: name, duration, whether it erred. */
export function useRequestLog(options: RequestLogOptions): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = args.operationName ?? anonymous(args.document.definitions);
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result && Array.isArray(result.errors) ? result.errors.length : 0;
          options.logger.info('graphql operation', {
            operation,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            errors,
          });
        },
      };
    },
  };
}

function anonymous(definitions: readonly { kind: string; name?: { value: string } }[]): string {
  const named = definitions.find((definition) => definition.kind === 'OperationDefinition' && definition.name);
  return named?.name?.value ?? 'anonymous';
}

import type { ASTNode, DocumentNode, FragmentDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface DepthLimitOptions {
  /**
   * Deepest selection nesting an operation may have (introspection fields excluded).
   * @default 8
   */
  maxDepth?: number;
}

/** Refuses operations nested deeper than `maxDepth`, before they execute. */
export function useDepthLimit(options: DepthLimitOptions = {}): Plugin {
  const maxDepth = options.maxDepth ?? 8;
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        Document(document: DocumentNode) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            const depth = depthOf(definition.selectionSet, fragments, new Set());
            if (depth > maxDepth) {
              context.reportError(
                new GraphQLError(`Query depth ${depth} exceeds the maximum depth of ${maxDepth}.`, {
                  nodes: [definition as ASTNode],
                  extensions: { code: 'LIMIT_EXCEEDED', limit: 'depth', max: maxDepth },
                }),
              );
            }
          }
          return false;
        },
      }));
    },
  };
}

function depthOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? depthOf(selection.selectionSet, fragments, seen) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

import type { DocumentNode, FieldNode, GraphQLField, GraphQLSchema, SelectionSetNode } from 'graphql';
import { GraphQLError, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, Kind, valueFromAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface CostLimitOptions {
  /**
   * Highest cost an operation may have.
   * @default 20000
   */
  maxCost?: number;
  /**
   * Assumed length of a list field without a size argument (a node’s relationships).
   * @default 10
   */
  defaultListSize?: number;
}

/**
 * Cost of an operation, estimated before it runs, from the arguments it really
 * passes (variables included): every object field costs 1; a list multiplies the
 * cost of what is selected under it by its size (`first`, `limit`, number of
 * `ids`, or `defaultListSize`); a traversal costs its reach on top (`depth` ×
 * `limit` for a neighbourhood, `maxDepth` × paths for path searches). So a
 * depth-3 neighbourhood with limit 500 costs far more than a lookup.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  defaultListSize = 10,
): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const costOf = (set: SelectionSetNode, typeName: string, seen: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, typeName, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          total += costOf(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...seen, fragment.name.value]));
        }
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parentName: string, seen: Set<string>): number => {
    const parent = schema.getType(parentName);
    if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const named = getNamedType(field.type);
    if (!node.selectionSet) return 0;
    const args = argumentValues(field, node, variables);
    const size = isListType(getNullableType(field.type)) ? listSize(args, defaultListSize) : 1;
    return 1 + traversalCost(node.name.value, args) + size * costOf(node.selectionSet, named.name, seen);
  };

  return costOf(operation.selectionSet, root.name, new Set());
}

function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    values[arg.name] = given ? valueFromAST(given.value, arg.type, variables) : arg.defaultValue;
  }
  return values;
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback);

function listSize(args: Record<string, unknown>, fallback: number): number {
  if (Array.isArray(args.ids)) return args.ids.length;
  if ('first' in args) return num(args.first, fallback);
  if ('limit' in args) return num(args.limit, fallback);
  return fallback;
}

/** What a traversal reaches, beyond the objects it returns. */
function traversalCost(field: string, args: Record<string, unknown>): number {
  switch (field) {
    case 'neighborhood':
      return num(args.depth, 1) * num(args.limit, 100);
    case 'shortestPath':
      return 10 * num(args.maxDepth, 6);
    case 'allShortestPaths':
      return 10 * num(args.maxDepth, 6) * num(args.first, 10);
    case 'subgraph':
      return Array.isArray(args.ids) ? args.ids.length : 0;
    default:
      return 0;
  }
}

/** Refuses operations whose estimated cost passes `maxCost`, before they execute. */
export function useCostLimit(options: CostLimitOptions = {}): Plugin {
  const maxCost = options.maxCost ?? 20_000;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = operationCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName, options.defaultListSize);
      } catch {
        return; // a value the estimate cannot read is left to execution, which reports it
      }
      if (cost > maxCost) {
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

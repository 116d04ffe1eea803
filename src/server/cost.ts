import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getNamedType, getNullableType, getVariableValues, isCompositeType, isListType, Kind } from 'graphql';
import type { ListBounds } from '../graph/statistics.ts';
import { CAP_BOUNDS } from '../graph/statistics.ts';
import type { Direction } from '../graph/records.ts';
import { RELATIONS_PER_FIELD } from '../loaders/relation-loader.ts';
import { LIMITS } from '../schema/args.ts';
import { isConnection, pageSizeOf } from '../schema/page-sizes.ts';
import { readsOf } from '../schema/relations.ts';

type Args = Record<string, unknown>;

/**
 * How many items a list field without a size argument can hold, from its own
 * arguments and those of the field above it, for fields that read no
 * relationships (those declare what they read: see `reads` in
 * src/schema/relations.ts). Every other list of objects is cut at
 * `RELATIONS_PER_FIELD` where it is read (the relation loader, and the answer
 * budget for anything else).
 */
const LIST_BOUNDS: Record<string, (parent: Args, bounds: ListBounds) => number> = {
  'Subgraph.entities': (parent, bounds) => subgraphNodes(parent, bounds),
  'Subgraph.nodes': (parent, bounds) => subgraphNodes(parent, bounds),
  'Subgraph.edges': (parent, bounds) => subgraphEdges(parent, bounds),
  'PathSet.paths': (parent) => count(parent.first, LIMITS.pathsFirst),
  'Path.entities': (parent) => count(parent.maxDepth, LIMITS.pathMaxDepth) + 1,
  'Path.nodes': (parent) => count(parent.maxDepth, LIMITS.pathMaxDepth) + 1,
  'Path.edges': (parent) => count(parent.maxDepth, LIMITS.pathMaxDepth),
  // A page of a connection holds at most `first` edges of the field that returned it.
  'RankingConnection.edges': (parent) => count(parent.first, LIMITS.pageFirst),
  'CommunityConnection.edges': (parent) => count(parent.first, LIMITS.pageFirst),
  'MentionConnection.edges': (parent) => count(parent.first, LIMITS.pageFirst),
  'GraphSlice.entities': (parent) => count(parent.first, LIMITS.pageFirst),
  'GraphSlice.edges': () => LIMITS.edgeLimit,
  'Coverage.documents': (parent) => (Array.isArray(parent.documents) ? parent.documents.length : LIMITS.coverageDocuments),
  'Coverage.byDocument': (parent) => (Array.isArray(parent.documents) ? parent.documents.length : LIMITS.coverageDocuments),
};

/** The size a list field has without a size argument and a bound of its own. */
export const DEFAULT_LIST_BOUND = RELATIONS_PER_FIELD;

/** Whether a list field is bounded by `LIST_BOUNDS` or is a Connection's page (else by its arguments or the default). */
export function hasListBound(typeName: string, fieldName: string): boolean {
  return `${typeName}.${fieldName}` in LIST_BOUNDS || isPageList(typeName, fieldName);
}

/** A Connection's `edges` and `nodes`: as long as the page its field's `first` or `last` asks for. */
function isPageList(typeName: string, fieldName: string): boolean {
  return isConnection(typeName) && (fieldName === 'edges' || fieldName === 'nodes');
}

/** The arguments that give a list field its size. */
export const SIZE_ARGUMENTS = ['ids', 'first', 'limit'] as const;

/** Most nodes a neighbourhood or a subgraph holds: what it asks for, and no more than the graph has. */
function subgraphNodes(args: Args, bounds: ListBounds): number {
  return Math.min(bounds.nodes(), Array.isArray(args.ids) ? args.ids.length : count(args.limit, LIMITS.neighborhoodLimit));
}

/**
 * Most relationships among a subgraph's nodes: each joins two of them, so there are
 * at most half the sum of their degrees, never more than the graph has, nor than the edge limit.
 */
function subgraphEdges(args: Args, bounds: ListBounds): number {
  return Math.min(LIMITS.edgeLimit, bounds.edges(), Math.floor((subgraphNodes(args, bounds) * bounds.degree()) / 2));
}

/**
 * Store rows a traversal reads beyond the objects it returns, from the values
 * its arguments will have: each level of a neighbourhood and the relationships
 * among its nodes, every round of a path search, the relationships among a selection.
 */
function reachOf(field: string, args: Args, bounds: ListBounds): number {
  switch (field) {
    case 'neighborhood':
      return count(args.depth, LIMITS.neighborhoodDepth) * (subgraphNodes(args, bounds) + 1) + subgraphEdges(args, bounds) + 1;
    case 'subgraph':
      return subgraphNodes(args, bounds) + subgraphEdges(args, bounds) + 1;
    case 'shortestPath':
    case 'allShortestPaths':
      return LIMITS.pathRows;
    case 'coverage':
      // The documents, looked up by id.
      return Array.isArray(args.documents) ? args.documents.length : 0;
    case 'paths':
      // The two ends, then every row the search may read.
      return (Array.isArray(args.from) ? args.from.length : 0) + (Array.isArray(args.to) ? args.to.length : 0) + LIMITS.pathRows;
    default:
      return 0;
  }
}

/**
 * An upper bound on the work of an operation, computed before it runs from the
 * values execution will use — literals, variables, variable defaults and argument
 * defaults, coerced by graphql-js itself — and counted through fragments, inline
 * fragments and aliases alike. It bounds both the objects in the answer (each
 * object 1, a list multiplying what it holds by its size: `first`, `limit`, the
 * number of `ids`, or the list's bound: for relation fields the graph's largest
 * degree for what they read, from `bounds`) and the store rows read (the
 * objects, plus what traversals reach). `undefined` when the operation cannot be
 * resolved or its variables do not coerce: execution reports those.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  bounds: ListBounds = CAP_BOUNDS,
): number | undefined {
  const operation = pickOperation(document, operationName);
  if (!operation) return undefined;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const values = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const typeNamed = (name: string): GraphQLCompositeType | undefined => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, parentArgs: Args, spreading: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, parentArgs, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent;
        if (on) total += selectionCost(selection.selectionSet, on, parentArgs, spreading);
      } else {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && typeNamed(fragment.typeCondition.name.value);
        // A fragment spread inside itself is invalid: validation refuses it before execution.
        if (fragment && on && !spreading.has(fragment.name.value)) {
          total += selectionCost(fragment.selectionSet, on, parentArgs, new Set([...spreading, fragment.name.value]));
        }
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, parentArgs: Args, spreading: ReadonlySet<string>): number => {
    // Introspection is answered from the schema, not the store.
    if (!node.selectionSet || !('getFields' in parent) || node.name.value.startsWith('__')) return 0;
    const field = parent.getFields()[node.name.value];
    const type = field && getNamedType(field.type);
    if (!field || !type || !isCompositeType(type)) return 0;
    const args = getArgumentValues(field, node, values);
    const items = isListType(getNullableType(field.type)) ? listSize(parent.name, field, args, parentArgs, bounds) : 1;
    // A Connection's store work: its page, one row more (whether more follow) and its count.
    const page = isConnection(type.name) ? pageSizeOf(type.name, args) + 2 : 0;
    // Traversals are root fields; a type's field of the same name (PathSet.paths) reaches nothing more.
    return reachOf(parent === root ? field.name : `${parent.name}.${field.name}`, args, bounds) + page + items * (1 + selectionCost(node.selectionSet, type, args, spreading));
  };

  try {
    return selectionCost(operation.selectionSet, root, {}, new Set());
  } catch {
    return undefined; // an argument that does not coerce: execution reports it
  }
}

function pickOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function listSize(parentName: string, field: GraphQLField<unknown, unknown>, args: Args, parentArgs: Args, bounds: ListBounds): number {
  if (isConnection(parentName) && isPageList(parentName, field.name)) return pageSizeOf(parentName, parentArgs);
  if (Array.isArray(args.ids)) return args.ids.length;
  if ('first' in args) return count(args.first, 0);
  if ('limit' in args) return count(args.limit, 0);
  const reads = readsOf(field.extensions);
  if (reads && 'sources' in reads) return bounds.sources(reads.sources);
  if (reads?.types === 'arguments') return bounds.relations(Array.isArray(args.types) ? (args.types as string[]) : [], (args.direction as Direction) ?? 'BOTH');
  if (reads) return bounds.relations(reads.types, reads.side);
  return LIST_BOUNDS[`${parentName}.${field.name}`]?.(parentArgs, bounds) ?? DEFAULT_LIST_BOUND;
}

/** A non-negative count from an argument's value, or `fallback` when it has none. */
function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}

import type { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import {
  GraphQLIncludeDirective, GraphQLSkipDirective, Kind, Lexer, Source, TokenKind, TypeInfo, getArgumentValues, getDirectiveValues,
  getOperationAST, getVariableValues, parse, validate, valueFromASTUntyped, visit, visitWithTypeInfo,
} from 'graphql';
import { LIMITS } from '../../../src/schema/args.ts';
import { DEFAULT_LIMITS } from '../../../src/server/operation-limits.ts';
import type { ListBounds } from '../../../src/graph/statistics.ts';
import { operationCost } from '../../../src/server/cost.ts';
import { argumentProblem, connectionProblem, nestedArgumentProblem } from './caps.ts';
import type { FuzzRequest } from './requests.ts';

/**
 * What the answer must be: `invalid` ones must carry errors; `valid` ones
 * (parsed, validated, variables coerced, within every documented limit) must
 * answer 200 with data and no errors; `unknown` ones (content types the
 * oracle does not model) only the checks every answer gets.
 */
export type Verdict = { kind: 'invalid'; reason: string; documentValid: boolean } | { kind: 'valid' } | { kind: 'unknown'; reason: string };

const invalid = (reason: string, documentValid = false): Verdict => ({ kind: 'invalid', reason, documentValid });

interface Params {
  query: unknown;
  variables: unknown;
  operationName: unknown;
  extensions: unknown;
}

/** The GraphQL parameters the request carries, as the server will read them, or why there are none. */
function paramsOf(request: FuzzRequest): Params | string {
  if (request.method === 'GET') return searchParamsOf(new URL(request.url).searchParams);
  const declared = request.headers['content-length'];
  if (declared === undefined) return 'transport: no content-length';
  if (!/^\d+$/.test(declared)) return 'transport: content-length not a byte count';
  if (Number(declared) > DEFAULT_LIMITS.maxBodyBytes) return 'transport: body over the cap';
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from(request.body ?? ''));
  if (request.headers['content-type'] === 'application/x-www-form-urlencoded') return searchParamsOf(new URLSearchParams(text));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'transport: not JSON';
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'transport: not a JSON object';
  const { query, variables, operationName, extensions } = body as Record<string, unknown>;
  return { query, variables, operationName, extensions };
}

/** Parameters in a query string or form body; an empty one counts as absent. */
function searchParamsOf(search: URLSearchParams): Params | string {
  const json = (name: string) => {
    const text = search.get(name);
    return text ? JSON.parse(text) : undefined;
  };
  try {
    return { query: search.get('query') || undefined, variables: json('variables'), operationName: search.get('operationName') || undefined, extensions: json('extensions') };
  } catch {
    return 'transport: variables or extensions in the query string are not JSON';
  }
}

const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

export function judge(schema: GraphQLSchema, request: FuzzRequest, bounds: ListBounds): Verdict {
  const type = request.headers['content-type'] ?? '';
  if (request.method === 'POST' && !type.startsWith('application/json') && type !== 'application/x-www-form-urlencoded') {
    return { kind: 'unknown', reason: 'content-type' };
  }
  const params = paramsOf(request);
  if (typeof params === 'string') return invalid(params);
  const { query, variables, operationName, extensions } = params;
  if (typeof query !== 'string' || query.length === 0) return invalid('transport: no query string');
  if (variables !== undefined && variables !== null && !isObject(variables)) return invalid('transport: variables not an object');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return invalid('transport: operationName not a string');
  if (extensions !== undefined && extensions !== null && !isObject(extensions)) return invalid('transport: extensions not an object');
  if (isObject(extensions) && 'persistedQuery' in (extensions as object)) return { kind: 'unknown', reason: 'persisted query' };
  return judgeDocument(schema, query, (variables ?? {}) as Record<string, unknown>, (operationName ?? undefined) as string | undefined, request.method, bounds);
}

function judgeDocument(schema: GraphQLSchema, query: string, variables: Record<string, unknown>, operationName: string | undefined, method: string, bounds: ListBounds): Verdict {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return invalid('parse');
  }
  if (tokenCount(query) > DEFAULT_LIMITS.maxTokens) return invalid('limit: tokens');
  if (validate(schema, document).length > 0) return invalid('validation');
  const operation = getOperationAST(document, operationName);
  if (!operation) return invalid('operation: none selected');
  if (operation.operation !== 'query') return invalid(`operation: ${operation.operation}${method === 'GET' ? ' over GET' : ''}`);
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const aliasCache = new Map<string, number>();
  const directiveCache = new Map<string, number>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (depth(definition.selectionSet, fragments, new Set()) > DEFAULT_LIMITS.maxDepth) return invalid('limit: depth', true);
    if (armorCount(definition, fragments, 'aliases', aliasCache) > DEFAULT_LIMITS.maxAliases) return invalid('limit: aliases', true);
    if (armorCount(definition, fragments, 'directives', directiveCache) > DEFAULT_LIMITS.maxDirectives) return invalid('limit: directives', true);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return invalid('variables');
  if ((operationCost(schema, document, variables, operationName, bounds) ?? 0) > DEFAULT_LIMITS.maxCost) return invalid('limit: cost', true);
  const queryType = schema.getQueryType()!;
  for (const field of executedRootFields(operation.selectionSet, fragments, coerced.coerced)) {
    const definition = queryType.getFields()[field.name.value];
    if (!definition) continue; // introspection
    const problem = argumentProblem(field.name.value, getArgumentValues(definition, field, coerced.coerced), LIMITS);
    if (problem) return invalid(`argument: ${problem}`, true);
  }
  // A capped argument below the root is checked only where its field runs (under a node of
  // the right kind, not under a null): the oracle cannot tell whether it will.
  const nested = nestedProblem(schema, document, coerced.coerced);
  if (nested) return { kind: 'unknown', reason: `nested argument: ${nested}` };
  // A connection below the root is refused only when its parent resolves (an unknown id gives
  // null and no error): which answer is right depends on the data, so it is not predicted.
  if (nestedConnectionProblem(operation.selectionSet, fragments, coerced.coerced, true)) return { kind: 'unknown', reason: 'a nested connection breaks a cap' };
  return { kind: 'valid' };
}

/** The first capped argument below the root that breaks its cap, anywhere in the document. */
function nestedProblem(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): string | null {
  const typeInfo = new TypeInfo(schema);
  let problem: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const definition = typeInfo.getFieldDef();
        if (problem || !parent || !definition || parent === schema.getQueryType()) return;
        try {
          problem = nestedArgumentProblem(`${parent.name}.${node.name.value}`, getArgumentValues(definition, node, variables), LIMITS);
        } catch {
          problem = `${parent.name}.${node.name.value}: arguments do not coerce`;
        }
      },
    }),
  );
  return problem;
}

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  return tokens;
}

/** Nesting depth, introspection fields left out, each fragment followed once per path. */
function depth(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depth(selection.selectionSet, fragments, seen) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depth(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value) && fragments.has(selection.name.value)) {
      deepest = Math.max(deepest, depth(fragments.get(selection.name.value)!.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/**
 * Aliases or directives in an operation, counted as graphql-armor counts them:
 * a fragment's count is cached per document on its first spread, and a later
 * spread adds the cached count in place of its own directives.
 */
function armorCount(
  node: OperationDefinitionNode | FragmentDefinitionNode | SelectionSetNode['selections'][number],
  fragments: Map<string, FragmentDefinitionNode>,
  what: 'aliases' | 'directives',
  cache: Map<string, number>,
): number {
  let total = what === 'directives' ? (node.directives?.length ?? 0) : node.kind === Kind.FIELD && node.alias ? 1 : 0;
  if ('selectionSet' in node && node.selectionSet) {
    for (const child of node.selectionSet.selections) total += armorCount(child, fragments, what, cache);
  } else if (node.kind === Kind.FRAGMENT_SPREAD) {
    const name = node.name.value;
    if (cache.has(name)) return cache.get(name)!;
    cache.set(name, -1);
    const fragment = fragments.get(name);
    if (fragment) {
      const added = armorCount(fragment, fragments, what, cache);
      if (cache.get(name) === -1) cache.set(name, added);
      total += added;
    }
  }
  return total;
}

/** The Query fields that will run: @skip and @include applied, fragments on Query followed. */
/** Whether a connection field below the root has arguments its resolver refuses. */
function nestedConnectionProblem(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>, root: boolean): boolean {
  return executedRootFields(set, fragments, variables).some((field) => {
    if (!root && field.name.value === 'relationshipsConnection') {
      const args = Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]));
      if (connectionProblem('relationshipsConnection', args, { maxSize: 100 })) return true;
    }
    return field.selectionSet ? nestedConnectionProblem(field.selectionSet, fragments, variables, false) : false;
  });
}

function executedRootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of set.selections) {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
    if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...executedRootFields(selection.selectionSet, fragments, variables));
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) fields.push(...executedRootFields(fragment.selectionSet, fragments, variables));
    }
  }
  return fields;
}

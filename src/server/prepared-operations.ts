import type { DocumentNode, ExecutionResult, FieldNode, FragmentDefinitionNode, FragmentSpreadNode, GraphQLSchema, InlineFragmentNode, SelectionSetNode } from 'graphql';
import { execute, Kind, visit } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphContext } from './context.ts';

/** Runs one operation of a validated document. */
export type Executor = (context: GraphContext, variables: Record<string, unknown>) => Promise<ExecutionResult> | ExecutionResult;

export interface PreparedOperation {
  document: DocumentNode;
  /** The executor for an operation name ('' for a document's only operation). */
  executor(operationName: string | undefined): Executor;
}

/**
 * Documents the full pipeline has parsed and validated (every rule and
 * document limit included), by their exact text, most recently used last.
 * A document's validity depends only on its text and the schema, so the
 * prepared path may run it again without parsing or validating it, through
 * an executor compiled once per operation.
 */
export class PreparedOperations {
  private readonly entries = new Map<string, PreparedOperation>();
  /** Requests the prepared path has answered. */
  hits = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly capacity = 1000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The prepared operation for this text, if the pipeline has validated it. */
  get(text: string): PreparedOperation | undefined {
    const entry = this.entries.get(text);
    if (entry !== undefined) {
      // Refresh its place: the least recently used document is the one evicted.
      this.entries.delete(text);
      this.entries.set(text, entry);
    }
    return entry;
  }

  /** Counts a request the prepared path answered (one it handed back to the pipeline is not counted). */
  served(): void {
    this.hits += 1;
  }

  /** Keeps a validated document; only queries, the one operation type this API serves. */
  admit(text: string, document: DocumentNode): void {
    if (this.entries.has(text) || !onlyQueries(document)) return;
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(text, prepare(this.schema, document));
  }
}

/** Admits every document that passes validation with no errors. */
export function usePreparedOperations(prepared: PreparedOperations): Plugin<YogaInitialContext> {
  return {
    onValidate({ params, context }) {
      const text = (context as Partial<YogaInitialContext>).params?.query;
      if (typeof text !== 'string') return undefined;
      return ({ valid, result }) => {
        if (valid && result.length === 0) prepared.admit(text, params.documentAST);
      };
    },
  };
}

function onlyQueries(document: DocumentNode): boolean {
  return document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query');
}

function prepare(schema: GraphQLSchema, document: DocumentNode): PreparedOperation {
  const executors = new Map<string, Executor>();
  const compilable = compilableForm(document);
  return {
    document,
    executor(operationName) {
      const key = operationName ?? '';
      let executor = executors.get(key);
      if (executor === undefined) {
        const interpret = interpreted(schema, document, operationName);
        const compiledRun = compilable ? compiled(schema, compilable, operationName) : undefined;
        executor = compiledRun ? errorsInterpreted(compiledRun, interpret) : interpret;
        executors.set(key, executor);
      }
      return executor;
    },
  };
}

/** graphql-jit: the operation compiled to a function, or undefined when it cannot compile it. */
function compiled(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Executor | undefined {
  const query = compileQuery(schema, document, operationName);
  if (!isCompiledQuery(query)) return undefined;
  return (context, variables) => query.query(undefined, context, variables) as Promise<ExecutionResult> | ExecutionResult;
}

/**
 * graphql-jit's errors lack `locations` and come after `data`; an operation that
 * fails is run again by graphql-js, so that errors read exactly as the pipeline's.
 * Operations only read, so running one twice changes nothing.
 */
function errorsInterpreted(compiledRun: Executor, interpret: Executor): Executor {
  return async (context, variables) => {
    const result = await compiledRun(context, variables);
    return result.errors ? interpret(context, variables) : result;
  };
}

function interpreted(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Executor {
  return (context, variables) => execute({ schema, document, variableValues: variables, operationName, contextValue: context });
}

/**
 * The document graphql-jit should compile so that its answer lists fields in selection
 * order, as the spec asks, or undefined when no such document is known. graphql-jit
 * lists a selection set's plain fields first, then its fragments' fields with the
 * fragments in reverse order; so a selection set whose plain fields all come before its
 * fragments is answered in order once its fragments are reversed. Left to graphql-js:
 * directives, a plain field after a fragment, a fragment directly inside a fragment,
 * and a response key selected twice in one set (its place would be its first use).
 */
export function compilableForm(document: DocumentNode): DocumentNode | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const ownSet = (selection: FragmentSpreadNode | InlineFragmentNode) =>
    selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;

  let safe = true;
  const check = (set: SelectionSetNode) => {
    const keys = new Set<string>();
    const addKey = (field: FieldNode) => {
      const key = field.alias?.value ?? field.name.value;
      if (keys.has(key)) safe = false;
      keys.add(key);
    };
    let seenFragment = false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (seenFragment) safe = false;
        addKey(selection);
        continue;
      }
      seenFragment = true;
      for (const inner of ownSet(selection)?.selections ?? []) {
        if (inner.kind === Kind.FIELD) addKey(inner);
        else safe = false;
      }
    }
  };
  visit(document, {
    SelectionSet: check,
    Directive() {
      safe = false;
    },
  });
  if (!safe) return undefined;
  return visit(document, {
    SelectionSet(set) {
      const fields = set.selections.filter((selection) => selection.kind === Kind.FIELD);
      const spreads = set.selections.filter((selection) => selection.kind !== Kind.FIELD);
      return spreads.length > 1 ? { ...set, selections: [...fields, ...spreads.reverse()] } : undefined;
    },
  });
}

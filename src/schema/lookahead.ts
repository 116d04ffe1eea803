/**
 * Look-ahead over the request's selection: which relation fields (declared with
 * `reads(types, side)`, no arguments) it selects at the nodes a field returns. The relation
 * loader reads them with the field's own relationships, one level further in the same round
 * trip (cypher/queries/relations-by-keys.cypher), and an entity lookup reads them with its
 * node; so a nested selection costs a round trip per two levels, not one per level.
 *
 * Read from the document as written: a field under `@skip(if: true)` or `@include(if: false)`
 * is left out; a field under a fragment on a kind is read only at nodes of that kind, one
 * level further (an entity lookup does not know its node's kind before its read returns, and
 * reads every field its selection names).
 */
import type { FieldNode, GraphQLField, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { GraphQLIncludeDirective, GraphQLSkipDirective, Kind as Ast, getDirectiveValues, getNamedType, isInterfaceType, isObjectType } from 'graphql';
import type { Kind } from '../graph/records.ts';
import type { Slim } from '../graph/subgraph.ts';
import { KINDS } from '../graph/records.ts';
import type { Cites, RelationRead } from '../loaders/relation-loader.ts';
import type { GraphContext } from '../server/context.ts';
import { readsOf } from './relations.ts';

const KIND_NAMES: ReadonlySet<string> = new Set(KINDS);

/** A relation field the selection names: how it reads, and where its own selection is. */
interface Selected {
  read: RelationRead;
  nodes: FieldNode[];
  /** The field's named type: `Relation` (far nodes under `node`), or the kind or interface of the nodes it lists. */
  returns: string;
}

function included(node: FieldNode | { directives?: FieldNode['directives'] }, variables: Record<string, unknown>): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
  return include?.if !== false;
}

/** The definition of a field selected on a type (undefined for a field the type does not have). */
function fieldOn(info: GraphQLResolveInfo, typeName: string, name: string): GraphQLField<unknown, unknown> | undefined {
  const type = info.schema.getType(typeName);
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** Walks selection sets on a type, through fragments, calling `visit` with each field and the type it is selected on. */
function eachField(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  typeName: string,
  kinds: readonly Kind[] | null,
  visit: (field: FieldNode, typeName: string, kinds: readonly Kind[] | null) => void,
): void {
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Ast.FIELD) {
        visit(selection, typeName, kinds);
        continue;
      }
      const fragment = selection.kind === Ast.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition?.name.value ?? typeName;
      eachField(info, [fragment.selectionSet], condition, KIND_NAMES.has(condition) ? [condition as Kind] : kinds, visit);
    }
  }
}

/**
 * The fields a slim record answers: an entity's id, kind and name (and the fields that give them
 * again, for graph views), a relationship's type and ends. A relation field reads by id, and
 * `data` gives the record again, so both are slim where their own selections are.
 */
const SLIM_ENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'key', 'kind', 'name', 'label', '__typename']);
const SLIM_GRAPH_NODE_FIELDS: ReadonlySet<string> = new Set(['id', 'key', 'kind', 'label', '__typename']);
const SLIM_GRAPH_EDGE_FIELDS: ReadonlySet<string> = new Set(['id', 'key', 'type', 'label', 'source', 'target', 'from', 'to', '__typename']);
/** The fields of a relation a slim relationship (its type and ends) answers, with `node`. */
const SLIM_RELATION_FIELDS: ReadonlySet<string> = new Set(['id', 'type', 'direction', '__typename']);

/** A relation field read without arguments, by the node's id (`reads(types, side)`), with its declaration; undefined for any other field. */
function plainRead(info: GraphQLResolveInfo, on: string, name: string) {
  const field = fieldOn(info, on, name);
  const declaration = readsOf(field?.extensions);
  return field && declaration && 'side' in declaration && field.args.length === 0 ? { field, declaration } : undefined;
}

/**
 * Whether a selection on entities (`GraphNode`, `GraphEdge`: on those) names only what a slim
 * record holds.
 */
function slimEntities(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], typeName: string): boolean {
  const fields = typeName === 'GraphNode' ? SLIM_GRAPH_NODE_FIELDS : typeName === 'GraphEdge' ? SLIM_GRAPH_EDGE_FIELDS : SLIM_ENTITY_FIELDS;
  let slim = true;
  eachField(info, sets, typeName, null, (node, on) => {
    const name = node.name.value;
    if (fields.has(name)) return;
    if (name === 'data') {
      if (!slimEntities(info, [node.selectionSet], on === 'GraphNode' || on === 'GraphEdge' ? on : 'Entity')) slim = false;
      return;
    }
    if (fields === SLIM_ENTITY_FIELDS && plainRead(info, on, name)) return;
    slim = false;
  });
  return slim;
}

/**
 * Which of a traversal's records the selection lets be slim (src/graph/subgraph.ts Slim), for a
 * field that returns a Subgraph, Paths, or a PathSet: its nodes where every `entities` and
 * `nodes` selection is slim, its relationships where every `edges` selection is.
 */
export function slimSubgraph(info: GraphQLResolveInfo): Slim {
  const slim = { nodes: true, edges: true };
  const visit = (sets: readonly (SelectionSetNode | undefined)[], typeName: string) =>
    eachField(info, sets, typeName, null, (node) => {
      const name = node.name.value;
      if (name === 'paths') visit([node.selectionSet], 'Path');
      else if (name === 'entities') slim.nodes &&= slimEntities(info, [node.selectionSet], 'Entity');
      else if (name === 'nodes') slim.nodes &&= slimEntities(info, [node.selectionSet], 'GraphNode');
      else if (name === 'edges') {
        slim.edges &&= slimEntities(info, [node.selectionSet], 'GraphEdge');
        // An edge's ends are looked up in the entity loader, which only whole nodes fill.
        slim.nodes &&= !selectsEnds(info, [node.selectionSet]);
      }
    });
  visit(info.fieldNodes.map((node) => node.selectionSet), getNamedType(info.returnType).name);
  return slim;
}

/** Whether a selection on edges looks up their ends (`sourceNode`, `targetNode`), also under `data`. */
function selectsEnds(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): boolean {
  let found = false;
  eachField(info, sets, 'GraphEdge', null, (node) => {
    const name = node.name.value;
    if (name === 'sourceNode' || name === 'targetNode' || (name === 'data' && selectsEnds(info, [node.selectionSet]))) found = true;
  });
  return found;
}

/**
 * Whether a relation field's selection needs only slim rows (the relationship's type and ends,
 * the far node's id, kind and name), which cost a fraction of whole records to read and decode: see
 * RelationKey.slim.
 */
function slimField(info: GraphQLResolveInfo, selected: Pick<Selected, 'nodes' | 'returns'>): boolean {
  const sets = selected.nodes.map((node) => node.selectionSet);
  if (selected.returns !== 'Relation') return slimEntities(info, sets, selected.returns);
  let slim = true;
  eachField(info, sets, 'Relation', null, (node) => {
    if (node.name.value !== 'node' && !SLIM_RELATION_FIELDS.has(node.name.value)) slim = false;
  });
  return slim && slimEntities(info, farSelections(info, sets), 'Entity');
}

/** The selections of the far nodes in a selection of relations (their `node` fields). */
function farSelections(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): SelectionSetNode[] {
  const far: SelectionSetNode[] = [];
  eachField(info, sets, 'Relation', null, (node) => {
    if (node.name.value === 'node' && node.selectionSet) far.push(node.selectionSet);
  });
  return far;
}

/** The relation fields selected on a type: merged by types and direction, kinds united. */
function selectedReads(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], typeName: string): Selected[] {
  const byRead = new Map<string, Selected>();
  eachField(info, sets, typeName, KIND_NAMES.has(typeName) ? [typeName as Kind] : null, (node, on, kinds) => {
    const plain = plainRead(info, on, node.name.value);
    if (!plain) return;
    const { field, declaration } = plain;
    const id = `${declaration.side}\u0000${[...declaration.types].sort().join(',')}`;
    const returns = getNamedType(field.type).name;
    const known = byRead.get(id);
    if (!known) {
      byRead.set(id, { read: { types: declaration.types, side: declaration.side, kinds, slim: false }, nodes: [node], returns });
      return;
    }
    known.nodes.push(node);
    const united = known.read.kinds === null || kinds === null ? null : [...new Set([...known.read.kinds, ...kinds])];
    known.read = { ...known.read, kinds: united };
  });
  return [...byRead.values()].map((selected) => ({ ...selected, read: { ...selected.read, slim: slimField(info, selected) } }));
}

/** Whether a selection on a type lists the documents its nodes (`node`) or its relationships (`edge`) cite. */
function selectsSources(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], typeName: string, of: 'node' | 'edge'): boolean {
  let found = false;
  eachField(info, sets, typeName, null, (node, on) => {
    const declaration = readsOf(fieldOn(info, on, node.name.value)?.extensions);
    if (declaration && 'sources' in declaration && declaration.sources === of) found = true;
  });
  return found;
}

/** What a selected relation field reads beyond its relationships: the fields at its far nodes, and the documents it lists. */
export interface Beyond {
  next: RelationRead[];
  cites: Cites;
  /** Whether the field's own rows may be slim (RelationKey.slim). */
  slim: boolean;
}

/**
 * What a selected relation field reads beyond its relationships (`slim`: its own rows, where the
 * caller has it already).
 */
function beyondOf(info: GraphQLResolveInfo, selected: Pick<Selected, 'nodes' | 'returns'>, slim = slimField(info, selected)): Beyond {
  const sets = selected.nodes.map((node) => node.selectionSet);
  if (selected.returns !== 'Relation') {
    return { next: selectedReads(info, sets, selected.returns).map(({ read }) => read), cites: { edges: false, far: selectsSources(info, sets, selected.returns, 'node') }, slim };
  }
  const far = farSelections(info, sets);
  return {
    next: selectedReads(info, far, 'Entity').map(({ read }) => read),
    cites: { edges: selectsSources(info, sets, 'Relation', 'edge'), far: selectsSources(info, far, 'Entity', 'node') },
    slim,
  };
}

/** By field (graphql-js passes one array for a field at every node of a list), then by the request's variables. */
const beyond = new WeakMap<readonly FieldNode[], WeakMap<object, Beyond>>();

/** For the relation field being resolved: the relation fields its selection reads at its far nodes, and the documents it lists. */
export function readsBeyond(info: GraphQLResolveInfo): Beyond {
  let byVariables = beyond.get(info.fieldNodes);
  if (!byVariables) beyond.set(info.fieldNodes, (byVariables = new WeakMap()));
  let found = byVariables.get(info.variableValues);
  if (!found) byVariables.set(info.variableValues, (found = beyondOf(info, { nodes: [...info.fieldNodes], returns: getNamedType(info.returnType).name })));
  return found;
}

/**
 * For a field that looks up entities by id, before it loads them: reads the relation fields its
 * selection names at them, with their next level and the entities themselves, in one round
 * trip, into the loaders' caches; the lookup then finds its entities there. A read that fails
 * is left to the loads that follow, which see the failure themselves.
 */
export async function readAhead(ctx: GraphContext, ids: readonly string[], info: GraphQLResolveInfo): Promise<void> {
  const sets = info.fieldNodes.map((node) => node.selectionSet);
  const typeName = getNamedType(info.returnType).name;
  const selected = selectedReads(info, sets, typeName);
  if (selected.length === 0) return;
  const reads = selected.map((field) => ({ types: field.read.types, side: field.read.side, ...beyondOf(info, field, field.read.slim) }));
  const own = selectsSources(info, sets, typeName, 'node');
  const loads = ids.flatMap((id) => reads.map((read, at) => ctx.loaders.relations.load(at === 0 ? { id, ...read, self: true, cites: { ...read.cites, self: own } } : { id, ...read })));
  await Promise.allSettled(loads);
}

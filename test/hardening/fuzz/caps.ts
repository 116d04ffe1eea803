import { decodeCursor } from '../../../src/analytics/snapshot.ts';
import type { LIMITS as Limits } from '../../../src/schema/args.ts';

type Args = Record<string, unknown>;

/**
 * A Connection's arguments refused: `first` and `last` together, either outside 1 and the
 * maximum, a cursor that is not one the list gave (no generated string is).
 */
export function connectionProblem(field: string, args: Args, size: { maxSize: number }): string | null {
  if (typeof args.first === 'number' && typeof args.last === 'number') return `${field}.first+last`;
  if (outside(args.first, 1, size.maxSize) || outside(args.last, 1, size.maxSize)) return `${field}.first/last`;
  if ((typeof args.after === 'string' && args.after !== '') || (typeof args.before === 'string' && args.before !== '')) return `${field}.cursor`;
  return null;
}

/** Out of [min, max]? Integers only reach here: graphql has already refused the rest. */
const outside = (value: unknown, min: number, max: number) => typeof value === 'number' && (value < min || value > max);

/** A required id: trimmed, 1 to `max` characters. */
const badId = (value: unknown, max: number) => typeof value === 'string' && (value.trim().length === 0 || value.trim().length > max);

/** An optional id the resolver only checks when it is non-empty. */
const badOptionalId = (value: unknown, max: number) => typeof value === 'string' && value !== '' && badId(value, max);

/** A cursor argument: absent, empty, or one the API gave out. */
const badCursor = (value: unknown) => typeof value === 'string' && value !== '' && decodeCursor(value) === null;

/** One side of `paths`: 1 to `pathEnds` well-formed ids. */
const badEnds = (value: unknown, limits: typeof Limits) =>
  Array.isArray(value) && (value.length === 0 || value.length > limits.pathEnds || value.some((id) => badId(id, limits.idLength)));

const badIds = (value: unknown, limits: typeof Limits) =>
  Array.isArray(value) && (value.length > limits.ids || value.some((id) => badId(id, limits.idLength)));

/**
 * Which documented argument cap a root field's (coerced) arguments break, or
 * null: the README's limits table and the rules in src/schema/args.ts, written
 * out again so that a resolver that stops enforcing one is noticed.
 */
export function argumentProblem(field: string, args: Args, limits: typeof Limits): string | null {
  const checks: [boolean, string][] = (() => {
    switch (field) {
      case 'node':
        return [[badId(args.id, limits.idLength), 'node.id']];
      case 'nodes':
        return [[badIds(args.ids, limits), 'nodes.ids']];
      case 'subgraph':
        return [[badIds(args.ids, limits), 'subgraph.ids']];
      case 'search':
        return [
          [typeof args.query === 'string' && (args.query.trim().length === 0 || args.query.trim().length > limits.queryLength), 'search.query'],
          [outside(args.first, 1, limits.searchFirst), 'search.first'],
          [Array.isArray(args.kinds) && args.kinds.length > 8, 'search.kinds'],
        ];
      case 'neighborhood':
        return [
          [badId(args.id, limits.idLength), 'neighborhood.id'],
          [outside(args.depth, 1, limits.neighborhoodDepth), 'neighborhood.depth'],
          [outside(args.limit, 1, limits.neighborhoodLimit), 'neighborhood.limit'],
        ];
      case 'shortestPath':
      case 'allShortestPaths':
        return [
          [badId(args.from, limits.idLength) || badId(args.to, limits.idLength), `${field}.from/to`],
          [outside(args.maxDepth, 1, limits.pathMaxDepth), `${field}.maxDepth`],
          [field === 'allShortestPaths' && outside(args.first, 1, limits.pathsFirst), `${field}.first`],
        ];
      case 'documents':
        return [
          [outside(args.first, 1, limits.listFirst), 'documents.first'],
          [outside(args.offset, 0, 1_000_000), 'documents.offset'],
        ];
      case 'statements':
        return [
          [['speaker', 'about', 'document'].some((name) => badOptionalId(args[name], limits.idLength)), 'statements.id'],
          [outside(args.first, 1, limits.listFirst), 'statements.first'],
        ];
      case 'searchConnection':
        return [
          [typeof args.query === 'string' && (args.query.trim().length === 0 || args.query.trim().length > limits.queryLength), 'search.query'],
          [Array.isArray(args.kinds) && args.kinds.length > 8, 'search.kinds'],
          [connectionProblem(field, args, { maxSize: limits.searchFirst }) !== null, 'searchConnection.page'],
        ];
      case 'documentsConnection':
        return [[connectionProblem(field, args, { maxSize: limits.listFirst }) !== null, 'documentsConnection.page']];
      case 'statementsConnection':
        return [
          [['speaker', 'about', 'document'].some((name) => badOptionalId(args[name], limits.idLength)), 'statements.id'],
          [connectionProblem(field, args, { maxSize: limits.listFirst }) !== null, 'statementsConnection.page'],
        ];
      case 'timelineConnection':
        return [
          [typeof args.from === 'string' && typeof args.to === 'string' && args.from > args.to, 'timeline.from>to'],
          [badOptionalId(args.participant, limits.idLength), 'timeline.participant'],
          [connectionProblem(field, args, { maxSize: limits.listFirst }) !== null, 'timelineConnection.page'],
        ];
      case 'entity':
      case 'person':
      case 'organization':
      case 'country':
      case 'place':
      case 'event':
      case 'statement':
      case 'document':
      case 'topic':
        return [[badId(args.id, limits.idLength), `${field}.id`]];
      case 'entities':
        return [[badIds(args.ids, limits), 'entities.ids']];
      case 'timeline':
        return [
          [typeof args.from === 'string' && typeof args.to === 'string' && args.from > args.to, 'timeline.from>to'],
          [badOptionalId(args.participant, limits.idLength), 'timeline.participant'],
          [outside(args.first, 1, limits.listFirst), 'timeline.first'],
        ];
      case 'rankings':
        return [
          [outside(args.first, 1, limits.pageFirst), 'rankings.first'],
          [Array.isArray(args.kinds) && args.kinds.length > 8, 'rankings.kinds'],
          [badCursor(args.after), 'rankings.after'],
        ];
      case 'communities':
        return [
          [outside(args.first, 1, limits.pageFirst), 'communities.first'],
          [badCursor(args.after), 'communities.after'],
        ];
      case 'graph':
        return [
          [outside(args.first, 1, limits.pageFirst), 'graph.first'],
          [badCursor(args.after), 'graph.after'],
        ];
      case 'community':
        return [[badId(args.id, limits.idLength + 10), 'community.id']];
      case 'paths':
        return [
          [badEnds(args.from, limits) || badEnds(args.to, limits), 'paths.from/to'],
          [outside(args.maxDepth, 1, limits.pathMaxDepth), 'paths.maxDepth'],
          [outside(args.first, 1, limits.pathsFirst), 'paths.first'],
        ];
      case 'coverage':
        return [
          [
            Array.isArray(args.documents) &&
              (args.documents.length === 0 || args.documents.length > limits.coverageDocuments || args.documents.some((id) => badId(id, limits.idLength))),
            'coverage.documents',
          ],
        ];
      default:
        return [];
    }
  })();
  return checks.find(([broken]) => broken)?.[1] ?? null;
}

/** Which cap a field below the root breaks (`Type.field`), or null. */
export function nestedArgumentProblem(field: string, args: Args, limits: typeof Limits): string | null {
  const checks: [boolean, string][] = (() => {
    switch (field) {
      case 'Document.mentions':
        return [
          [outside(args.first, 1, limits.pageFirst), 'Document.mentions.first'],
          [Array.isArray(args.kinds) && args.kinds.length > 8, 'Document.mentions.kinds'],
          [badCursor(args.after), 'Document.mentions.after'],
        ];
      case 'CoverageSlice.entities':
      case 'CoverageSlice.relationships':
        return [[outside(args.first, 1, limits.pageFirst), `${field}.first`]];
      case 'Community.members':
        return [
          [outside(args.first, 1, limits.pageFirst), 'Community.members.first'],
          [badCursor(args.after), 'Community.members.after'],
        ];
      default:
        return [];
    }
  })();
  return checks.find(([broken]) => broken)?.[1] ?? null;
}

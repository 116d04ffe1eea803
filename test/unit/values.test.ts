import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain as fromGrafeo } from '../../src/store/embedded/values.ts';
import { toDriverParams, toPlain as fromNeo4j } from '../../src/store/neo4j/values.ts';

const { Node, Relationship, Path, PathSegment, Date: Neo4jDate, DateTime, LocalDateTime, Point } = neo4j.types;

const grafeoNode = (id: number, labels: string[], props: Record<string, unknown>) => ({ _id: id, _labels: labels, ...props });
const neo4jNode = (id: number, labels: string[], props: Record<string, unknown>) =>
  new Node(neo4j.int(id), labels, props, String(id));
const bolton = { grafeo: grafeoNode(0, ['Entity', 'Person'], { id: 'john-bolton', rank: 1 }), neo4j: neo4jNode(0, ['Entity', 'Person'], { id: 'john-bolton', rank: neo4j.int(1) }) };
const minsk = { grafeo: grafeoNode(1, ['Entity', 'Place'], { id: 'minsk' }), neo4j: neo4jNode(1, ['Entity', 'Place'], { id: 'minsk' }) };
const visited = {
  grafeo: { _id: 7, _source: 0, _target: 1, _type: 'VISITED', date: '2019-08-29', sources: ['doc'] },
  neo4j: new Relationship(neo4j.int(7), neo4j.int(0), neo4j.int(1), 'VISITED', { date: new Neo4jDate(2019, 8, 29), sources: ['doc'] }, '7', '0', '1'),
};
const plainBolton = { id: '0', labels: ['Entity', 'Person'], properties: { id: 'john-bolton', rank: 1 } };
const plainMinsk = { id: '1', labels: ['Entity', 'Place'], properties: { id: 'minsk' } };
const plainVisited = { id: '7', type: 'VISITED', start: '0', end: '1', properties: { date: '2019-08-29', sources: ['doc'] } };

/** One fixture, as each engine returns it, and the plain value both must map to. */
const FIXTURES: { name: string; grafeo: unknown; neo4j: unknown; plain: unknown }[] = [
  { name: 'integer', grafeo: 42, neo4j: neo4j.int(42), plain: 42 },
  { name: 'integer past 2^53', grafeo: 9007199254740993n, neo4j: neo4j.int('9007199254740993'), plain: '9007199254740993' },
  { name: 'negative integer past 2^53', grafeo: -9007199254740993n, neo4j: neo4j.int('-9007199254740993'), plain: '-9007199254740993' },
  { name: 'float', grafeo: 1.5, neo4j: 1.5, plain: 1.5 },
  { name: 'string, boolean, null', grafeo: ['x', true, null], neo4j: ['x', true, null], plain: ['x', true, null] },
  { name: 'date', grafeo: '2019-08-29', neo4j: new Neo4jDate(2019, 8, 29), plain: '2019-08-29' },
  { name: 'UTC date-time', grafeo: '2019-08-29T10:15:30Z', neo4j: new DateTime(2019, 8, 29, 10, 15, 30, 0, 0), plain: '2019-08-29T10:15:30Z' },
  { name: 'local date-time', grafeo: new Date(Date.UTC(2019, 7, 29, 10, 15, 30)), neo4j: new LocalDateTime(2019, 8, 29, 10, 15, 30, 0), plain: '2019-08-29T10:15:30' },
  {
    name: 'nested map and list',
    grafeo: { a: [1, { b: 2n }], c: { d: '2019-08-29' } },
    neo4j: { a: [neo4j.int(1), { b: neo4j.int(2) }], c: { d: new Neo4jDate(2019, 8, 29) } },
    plain: { a: [1, { b: 2 }], c: { d: '2019-08-29' } },
  },
  { name: 'node', grafeo: bolton.grafeo, neo4j: bolton.neo4j, plain: plainBolton },
  { name: 'relationship', grafeo: visited.grafeo, neo4j: visited.neo4j, plain: plainVisited },
  {
    name: 'path',
    grafeo: { nodes: [bolton.grafeo, minsk.grafeo], edges: [visited.grafeo] },
    neo4j: new Path(bolton.neo4j, minsk.neo4j, [new PathSegment(bolton.neo4j, visited.neo4j, minsk.neo4j)]),
    plain: { nodes: [plainBolton, plainMinsk], relationships: [plainVisited] },
  },
  { name: 'a map that only looks like a path', grafeo: { nodes: [1], edges: [2] }, neo4j: { nodes: [neo4j.int(1)], edges: [neo4j.int(2)] }, plain: { nodes: [1], edges: [2] } },
];

describe('value mappers: both adapters give the same plain values', () => {
  it.each(FIXTURES)('$name', ({ grafeo, neo4j: fromDriver, plain }) => {
    expect(fromGrafeo(grafeo)).toEqual(plain);
    expect(fromNeo4j(fromDriver)).toEqual(plain);
  });

  it('maps a Neo4j point', () => {
    expect(fromNeo4j(new Point(neo4j.int(4326), 27.56, 53.9))).toEqual({ srid: 4326, x: 27.56, y: 53.9 });
  });
});

describe('toDriverParams', () => {
  it('sends integers as Neo4j Integers, everything else as it is', () => {
    const params = toDriverParams({ limit: 10, ratio: 0.5, ids: ['a'], keys: [{ id: 'a', depth: 2 }], none: null }) as Record<string, any>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.limit.toNumber()).toBe(10);
    expect(params.ratio).toBe(0.5);
    expect(params.ids).toEqual(['a']);
    expect(neo4j.isInt(params.keys[0].depth)).toBe(true);
    expect(params.none).toBeNull();
  });
});

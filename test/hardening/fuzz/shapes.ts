import fc from 'fast-check';
import type { GeneratorValue } from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { DocumentWriter } from './documents.ts';
import type { FuzzDocument } from './documents.ts';
import { INJECTIONS, KNOWN_IDS, UNICODE, hostileString } from './values.ts';

const validName = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,15}$/);
const operationName = fc.oneof({ weight: 6, arbitrary: validName }, { weight: 1, arbitrary: hostileString });

/** Operations built from the schema: one or several, with a fitting, missing or random operationName. */
function schemaDocument(g: GeneratorValue, schema: GraphQLSchema, hostile: boolean): FuzzDocument {
  const w = new DocumentWriter(g, schema, hostile);
  const query = schema.getQueryType()!;
  const count = w.chance(8) ? w.int(2, 3) : 1;
  const names: string[] = [];
  const operations: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = count > 1 || w.chance(50) ? g(() => validName) : null;
    if (name) names.push(name);
    const type = hostile && w.chance(3) ? w.pick(['mutation', 'subscription']) : 'query';
    const budget = w.chance(10) ? w.int(6, 10) : w.int(1, 4);
    operations.push(w.operation(w.selectionSet(query, budget), name, type));
  }
  const roll = w.int(0, 99);
  const named = names.length > 0 && (roll < 85 || (count > 1 && !hostile));
  const opName = named && (roll >= 55 || count > 1) ? w.pick(names) : roll < 55 ? undefined : roll < 92 || !hostile ? null : g(() => operationName);
  const shape = `${count > 1 ? 'multi-operation' : 'schema'} (${hostile ? 'hostile' : 'typed'})`;
  return { query: [...operations, ...w.fragments].join('\n'), variables: w.variables, operationName: opName, shape };
}

const ID = () => JSON.stringify(KNOWN_IDS[0]);

/** Selections nested `depth` levels, through edges' `data` or people's meetings. */
function deep(w: DocumentWriter): string {
  const depth = w.pick([7, 8, 9, 12, 20, 25]);
  if (w.chance(50)) {
    const inner = depth - 2;
    return `{ neighborhood(id: ${ID()}) { edges { ${'data { '.repeat(inner - 1)}id${' }'.repeat(inner - 1)} } } }`;
  }
  const hops = Math.ceil(depth / 2);
  return `{ node(id: ${ID()}) { ${'... on Person { meetings { node { '.repeat(hops)}id${' } } }'.repeat(hops)} } }`;
}

/** The same field under many aliases: at the cap, just past it, far past it. */
function aliasFlood(w: DocumentWriter): string {
  const n = w.pick([15, 16, 50]);
  const field = w.pick(['__typename', `node(id: ${ID()}) { id }`, 'search(query: "b") { score }', 'documents { id }']);
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** One field many times without aliases (merges), or with conflicting arguments (does not). */
function duplicates(w: DocumentWriter): string {
  const n = w.int(2, 30);
  if (w.chance(70)) return `{ ${`node(id: ${ID()}) { id }`.repeat(n)} }`;
  return `{ ${Array.from({ length: n }, (_, i) => `node(id: "${KNOWN_IDS[i % KNOWN_IDS.length]}") { id }`).join(' ')} }`;
}

function cyclicFragments(w: DocumentWriter): string {
  return w.pick([
    `{ node(id: ${ID()}) { ...A } } fragment A on Person { id ...A }`,
    `{ node(id: ${ID()}) { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }`,
    `{ node(id: ${ID()}) { ...A } } fragment A on Person { meetings { node { ...A } } }`,
    `{ node(id: ${ID()}) { ...A } } fragment A on Node { ... on Person { ...B } } fragment B on Entity { ...A ...C } fragment C on Person { ...A }`,
    `{ ...Q } fragment Q on Query { node(id: ${ID()}) { id } ...Q }`,
  ]);
}

function directiveFlood(w: DocumentWriter): string {
  const n = w.pick([50, 51, 200]);
  return `query D($t: Boolean = true) { __typename ${Array.from({ length: n }, (_, i) => (i % 2 ? '@include(if: $t)' : '@skip(if: false)')).join(' ')} }`;
}

function tokenFlood(w: DocumentWriter): string {
  const n = w.pick([990, 1000, 1200, 5000]);
  return `{ node(id: ${ID()}) { ${'id '.repeat(n)}} }`;
}

/** Not GraphQL, or GraphQL cut short. */
function garbage(g: GeneratorValue, w: DocumentWriter, schema: GraphQLSchema): string {
  const roll = w.int(0, 99);
  if (roll < 30) return g(() => fc.string({ unit: 'grapheme', maxLength: 120 }));
  if (roll < 50) return w.pick([...INJECTIONS, ...UNICODE, '', ' ', '{', '}', '{}', '{ }', 'query', '{ node(id: "x") { id }', '\u0000{ __typename }']);
  const whole = schemaDocument(g, schema, true).query;
  return whole.slice(0, w.int(0, whole.length));
}

const INTROSPECTION = [
  '{ __schema { queryType { name } types { name kind fields { name args { name type { name kind ofType { name } } } } } } }',
  '{ __type(name: "Person") { fields { name } } }',
  '{ __typename }',
];

/** One document and its variables, of a shape chosen by weight. */
export function fuzzDocument(g: GeneratorValue, schema: GraphQLSchema): FuzzDocument {
  const w = new DocumentWriter(g, schema);
  const roll = w.int(0, 99);
  const special = (shape: string, query: string): FuzzDocument => ({ query, variables: {}, shape });
  if (roll < 35) return schemaDocument(g, schema, false);
  if (roll < 60) return schemaDocument(g, schema, true);
  if (roll < 66) return special('deep', deep(w));
  if (roll < 71) return special('alias-flood', aliasFlood(w));
  if (roll < 75) return special('duplicate-fields', duplicates(w));
  if (roll < 79) return special('cyclic-fragment', cyclicFragments(w));
  if (roll < 82) return special('directive-flood', directiveFlood(w));
  if (roll < 85) return special('token-flood', tokenFlood(w));
  if (roll < 88) {
    const name = g(() => hostileString);
    return { query: `{ __type(name: ${JSON.stringify(name)}) { name } }`, variables: {}, shape: 'introspection' };
  }
  if (roll < 90) return special('introspection', w.pick(INTROSPECTION));
  return special('garbage', garbage(g, w, schema));
}

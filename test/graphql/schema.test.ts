import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  printSchema,
  specifiedScalarTypes,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { exampleOperations } from '../../src/server/example-operations.ts';
import { useSeededApi } from '../testkit/api.ts';
import { expectNoGraphQLErrors } from '../testkit/graph.ts';

describe('the schema', () => {
  it('matches the committed contract in schema/schema.graphql (run `npm run schema:print` after a change)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || specifiedScalarTypes.some((scalar) => scalar.name === type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('offers the contract’s entry points', () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of ['node', 'nodes', 'search', 'neighborhood', 'shortestPath', 'allShortestPaths', 'subgraph', 'timeline', 'statements', 'documents']) {
      expect(query[name], name).toBeDefined();
    }
    expect(getNamedType(query.neighborhood!.type).name).toBe('Subgraph');
    expect(isScalarType(schema.getType('Date'))).toBe(true);
  });

  it('says of every relationship and edge whether it is stated or inferred', () => {
    for (const typeName of ['Relation', 'GraphEdge']) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      expect(String(type.getFields().basis?.type), typeName).toBe('Basis!');
    }
    const basis = schema.getType('Basis');
    expect(isEnumType(basis) && basis.getValues().map((value) => value.name)).toEqual(['INFERRED', 'STATED']);
  });
});

describe('the GraphiQL example operations', () => {
  const api = useSeededApi();

  const operations = exampleOperations();

  it('number at least four', () => {
    expect(operations.length).toBeGreaterThanOrEqual(4);
  });

  it.each(operations.map((operation) => [operation.file, operation.query]))('%s answers from the seed graph', async (_file, query) => {
    const data = expectNoGraphQLErrors(await api.gql(query));
    const answer = Object.values(data)[0];
    expect(answer).not.toBeNull();
    expect(JSON.stringify(answer).length).toBeGreaterThan(200);
  });
});

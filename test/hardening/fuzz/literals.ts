import type { GraphQLInputType } from 'graphql';
import { getNamedType, isEnumType, isListType, isNonNullType } from 'graphql';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Argument texts that are not values at all: undefined variables, JSON, unterminated Cypher. */
export const RAW_ARGUMENTS = ['$ids', '{"$ne": null}', '") MATCH (n) DETACH DELETE n //', '{ $ne: null }', '[', '"unterminated', '"""', '@skip', '$', '0x10', '1_000', '.5', '-', '1e', 'nul'];

/**
 * A JS value written as a GraphQL literal for an argument of `type`: enum
 * values bare, strings quoted (or as a block string when asked), numbers as
 * JS prints them (NaN and Infinity come out as bare names, which is invalid).
 */
export function literal(value: unknown, type: GraphQLInputType, block = false): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const itemType = isListType(inner) ? inner.ofType : inner;
    return `[${value.map((item) => literal(item, itemType, block)).join(', ')}]`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (isEnumType(getNamedType(type)) && NAME.test(value)) return value;
    if (block && /^[^"\\\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/.test(value)) return `"""${value}"""`;
    return JSON.stringify(value);
  }
  const fields = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${key.replace(/[^_0-9A-Za-z]/g, '_').replace(/^(\d)/, '_$1') || '_'}: ${literal(item, type, block)}`,
  );
  return `{${fields.join(', ')}}`;
}

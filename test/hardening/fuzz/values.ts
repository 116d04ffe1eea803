import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { GraphQLInputType } from 'graphql';
import { getNamedType, isEnumType, isListType, isNonNullType } from 'graphql';

/** Ids the seed holds, plus near misses that must simply find nothing. */
export const KNOWN_IDS = [
  'john-bolton', 'aliaksandr-lukashenka', 'uladzimir-makei', 'donald-trump', 'arsen-sivistky', 'andrei-yahorau',
  'dzianis-meliantsou', 'belarus-mfa', 'minsk', 'belarus', 'united-states', 'bolton-visit-minsk-2019',
  'bolton-lukashenka-meeting-2019', 'belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019', 'human-rights',
  'unknown-id', 'JOHN-BOLTON', ' john-bolton ', 'john-bolton:MET_WITH:aliaksandr-lukashenka',
] as const;

/** Search texts that match something, in several scripts and spellings. */
const SEARCH_TEXTS = ['bolton', 'Lukashenko', 'Alyaksandr Lukashenko', 'Лукашэнка', 'Александр Лукашенко', 'minsk', 'human rights', 'b', 'mfa'];

/** Cypher, JSON and template injection aimed at the store and the JSON layers. */
export const INJECTIONS = [
  "') MATCH (n) DETACH DELETE n //", "' OR 1=1 //", '" } ] }', '$ids', '\\u0000', '{"$ne": null}', '${ids}',
  '}) DETACH DELETE n RETURN 1 //', "x' }) CREATE (:Pwned) //", 'MATCH (n) SET n.name = "pwned"', '`', '\\', '%00',
  '__proto__', 'constructor', '../../etc/passwd', '<script>alert(1)</script>', 'null', 'undefined', 'NaN',
];

/** Unicode that tends to break length checks, normalisation and logging. */
export const UNICODE = [
  '👨‍👩‍👧‍👦', '🇧🇾🇺🇸', 'e\u0301\u0301\u0301\u0301', 'שלום עולם', 'مرحبا', '\u202Egnp.exe', 'Лукашенко', 'Мінск',
  '\uFEFF', '\u2028\u2029', '\u00A0bolton\u00A0', 'ǅ', 'ß', 'İstanbul', '𝔟𝔬𝔩𝔱𝔬𝔫', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͎',
];

/** Control characters, alone and inside text. */
export const CONTROL = ['\u0000', '\u0007', '\r\n', 'a\u0000b', '\u001b[31mred', '\b\f\v', '\u007f', '\t', ''];

const longText = fc
  .tuple(fc.constantFrom('x', 'é', '👍', ' ', 'bolton ', '\u0000'), fc.constantFrom(199, 200, 201, 1000, 10_000))
  .map(([unit, times]) => unit.repeat(times));

export const hostileString: Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INJECTIONS, ...UNICODE, ...CONTROL) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: longText },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\t\n ', '   bolton   ') },
);

/** A value of some other JSON type than the argument wants. */
const wrongType: Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constant({ $ne: null }),
  fc.constant({}),
  fc.constant([]),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.constant([[['john-bolton']]]),
  fc.jsonValue({ maxDepth: 2 }),
);

const INT_EDGES = [0, -1, 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e21, 1e308];

/** Where each integer argument is in range, so that most draws execute. */
const INT_RANGES: Record<string, [number, number]> = {
  depth: [1, 3], limit: [1, 500], maxDepth: [1, 10], first: [1, 50], offset: [0, 200], count: [0, 10],
};

function intValue(arg: string): Arbitrary<unknown> {
  const [min, max] = INT_RANGES[arg] ?? [0, 100];
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max }) },
    { weight: 2, arbitrary: fc.integer({ min: -3, max: max + 3 }) },
    { weight: 2, arbitrary: fc.constantFrom(...INT_EDGES) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(1.5, -0.5, 0.1, 1e-7, 3.0000001) },
    { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1', '0x10', '1e3', '') },
  );
}

const VALID_DATES = ['2019-08-29', '1993-01-01', '2019-12-31', '2008-03-01', '1900-01-01', '9999-12-31', '2020-02-29'];
const BAD_DATES = ['2019-02-30', '2019-8-29', '2019-08-29T00:00:00Z', '29.08.2019', '+002019-08-29', '-000001-01-01', '2019-13-01', '2019-00-10', '0000-00-00'];

function scalarValue(typeName: string, arg: string, enumValues: readonly string[]): Arbitrary<unknown> {
  if (enumValues.length > 0) {
    const bad = fc.constantFrom('NOT_A_VALUE', enumValues[0]!.toLowerCase(), '', 'null', '__proto__', "ABOUT') MATCH (n) DETACH DELETE n //", 'ABOUT ');
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...enumValues) }, { weight: 2, arbitrary: bad }, { weight: 1, arbitrary: wrongType });
  }
  switch (typeName) {
    case 'Int':
      return intValue(arg);
    case 'Boolean':
      return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 1, 0, 'false') });
    case 'Date':
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VALID_DATES) }, { weight: 3, arbitrary: fc.constantFrom(...BAD_DATES) }, { weight: 1, arbitrary: wrongType });
    case 'ID':
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...KNOWN_IDS) },
        { weight: 4, arbitrary: hostileString },
        { weight: 1, arbitrary: fc.constantFrom(42, -1, 2 ** 31, 1.5) },
        { weight: 1, arbitrary: wrongType },
      );
    default:
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SEARCH_TEXTS) }, { weight: 5, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
  }
}

/** How many ids a list argument holds at its cap, and just past it. */
const idFlood = fc.constantFrom(199, 200, 201, 1000).map((n) => Array.from({ length: n }, (_, i) => KNOWN_IDS[i % KNOWN_IDS.length]));

/**
 * Values for an argument of this input type, as variables carry them: mostly
 * valid, sometimes null, of the wrong type, out of range, hostile text or too
 * many. With `hostile` false they are always of the right GraphQL type (an Int
 * a 32-bit integer, an enum one of its values), though still out of range or
 * hostile text.
 */
export function inputValue(type: GraphQLInputType, arg: string, hostile = true): Arbitrary<unknown> {
  if (isNonNullType(type)) {
    if (!hostile) return nonNull(type.ofType, arg, hostile);
    return fc.oneof({ weight: 30, arbitrary: nonNull(type.ofType, arg, hostile) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  return fc.oneof({ weight: 9, arbitrary: nonNull(type, arg, hostile) }, { weight: 1, arbitrary: fc.constant(null) });
}

function nonNull(type: GraphQLInputType, arg: string, hostile: boolean): Arbitrary<unknown> {
  if (isNonNullType(type)) return nonNull(type.ofType, arg, hostile);
  if (isListType(type)) {
    const item = inputValue(type.ofType, arg, hostile);
    const named = getNamedType(type);
    const floods = named.name === 'ID' ? idFlood : fc.array(item, { minLength: 9, maxLength: 40 });
    return fc.oneof(
      { weight: 10, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: floods },
      { weight: 1, arbitrary: item },
      { weight: hostile ? 1 : 0, arbitrary: wrongType },
    );
  }
  const named = getNamedType(type);
  const enumValues = isEnumType(named) ? named.getValues().map((value) => value.name) : [];
  return hostile ? scalarValue(named.name, arg, enumValues) : typedValue(named.name, arg, enumValues);
}

/** A value of the right GraphQL type, in range or not, its text hostile or not. */
function typedValue(typeName: string, arg: string, enumValues: readonly string[]): Arbitrary<unknown> {
  if (enumValues.length > 0) return fc.constantFrom(...enumValues);
  switch (typeName) {
    case 'Int': {
      const [min, max] = INT_RANGES[arg] ?? [0, 100];
      const int32 = INT_EDGES.filter((n) => Number.isSafeInteger(n) && n >= -(2 ** 31) && n < 2 ** 31);
      return fc.oneof({ weight: 8, arbitrary: fc.integer({ min, max }) }, { weight: 2, arbitrary: fc.integer({ min: -3, max: max + 3 }) }, { weight: 1, arbitrary: fc.constantFrom(...int32) });
    }
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.constantFrom(...VALID_DATES);
    case 'ID':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KNOWN_IDS) }, { weight: 1, arbitrary: hostileString });
    default:
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SEARCH_TEXTS) }, { weight: 1, arbitrary: hostileString });
  }
}

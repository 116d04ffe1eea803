import fc from 'fast-check';
import type { GeneratorValue } from 'fast-check';
import type { GraphQLArgument, GraphQLCompositeType, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { GraphQLBoolean, GraphQLNonNull, getNamedType, isAbstractType, isCompositeType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { RAW_ARGUMENTS, literal } from './literals.ts';
import { hostileString, inputValue } from './values.ts';

export interface FuzzDocument {
  query: string;
  /** Variables as the JS side builds them; the request serialises them (NaN becomes null). */
  variables: Record<string, unknown>;
  /** Absent, one of the document's operations, or a random name. */
  operationName?: unknown;
  /** Which generator made it, for the summary. */
  shape: string;
}

const WRONG_VARIABLE_TYPES = ['String', 'Int', 'Int!', 'ID!', '[ID!]!', 'Boolean', 'Float', 'Kind', 'Nope', '[[ID]]', 'Date!'];

/**
 * Writes one operation by walking the schema from a type: fields, arguments
 * and their input types, inline and named fragments, aliases, duplicates and
 * directives; now and then something invalid (unknown field, missing
 * selection, wrong variable type, duplicate argument).
 */
export class DocumentWriter {
  readonly variables: Record<string, unknown> = {};
  readonly fragments: string[] = [];
  private definitions: string[] = [];
  private counter = 0;

  /**
   * @param hostile Also write invalid documents and wrongly typed values; when
   * false, every document is well-formed and typed, its values still hostile.
   */
  private readonly g: GeneratorValue;
  private readonly schema: GraphQLSchema;
  readonly hostile: boolean;

  constructor(g: GeneratorValue, schema: GraphQLSchema, hostile = true) {
    this.g = g;
    this.schema = schema;
    this.hostile = hostile;
  }

  /** `chance`, but only in hostile documents. */
  private sometimes(percent: number): boolean {
    return this.hostile && this.chance(percent);
  }

  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }
  /** By index, so that a counterexample prints as numbers rather than schema objects. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  next(): number {
    return ++this.counter;
  }

  /** `query Name($v: T) { … }` (or the shorthand), taking the variables this body defined. */
  operation(body: string, name: string | null, type = 'query'): string {
    const directives = this.hostile ? this.directives() : ''; // none belongs on an operation
    const definitions = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    this.definitions = [];
    if (!name && !definitions && !directives && type === 'query' && this.chance(40)) return body;
    return `${type}${name ? ` ${name}` : ''}${definitions}${directives} ${body}`;
  }

  /**
   * @param used Response names already taken where these selections merge;
   * typed documents alias a repeated field so that no two can conflict.
   */
  selectionSet(type: GraphQLCompositeType, budget: number, used = new Set<string>()): string {
    const count = this.int(1, 3);
    const parts = Array.from({ length: count }, () => this.selection(type, budget, used));
    return `{ ${parts.join(' ')} }`;
  }

  private selection(type: GraphQLCompositeType, budget: number, used: Set<string>): string {
    const roll = this.int(0, 99);
    if (isAbstractType(type) && roll < 25) {
      const target = this.pick(this.schema.getPossibleTypes(type));
      return `... on ${target.name}${this.directives()} ${this.selectionSet(target, budget, used)}`;
    }
    if (roll < 32 && budget > 0) return `...${this.fragment(type, budget, used)}${this.directives()}`;
    if (roll < 36) return `${this.hostile ? this.alias() : ''}__typename${this.directives()}`;
    if (roll < 38 && this.hostile) return this.pick([`unknownField${this.next()}`, 'id { id }', '__schema', 'node', '...Missing']);
    if (!isObjectType(type) && !('getFields' in type)) return '__typename';
    const fields = Object.values(type.getFields()).filter((f) => budget > 0 || isLeafType(getNamedType(f.type)));
    if (fields.length === 0) return '__typename';
    const text = this.field(this.pick(fields), budget, used);
    return this.chance(5) ? `${text} ${text}` : text;
  }

  field(field: GraphQLField<unknown, unknown>, budget: number, used = new Set<string>()): string {
    const named = getNamedType(field.type);
    let sub = '';
    if (isCompositeType(named)) sub = this.sometimes(2) ? '' : ` ${this.selectionSet(named, budget - 1)}`;
    else if (this.sometimes(1)) sub = ' { id }';
    let alias = this.hostile ? this.alias() : '';
    if (!this.hostile && used.has(field.name)) alias = `${field.name}${this.next()}: `;
    used.add(field.name);
    return `${alias}${field.name}${this.args(field.args)}${this.directives()}${sub}`;
  }

  /** A named fragment on `type`, or a cycle of them, defined once; returns its name. */
  fragment(type: GraphQLCompositeType, budget: number, used = new Set<string>()): string {
    const name = `F${this.next()}`;
    const target = isAbstractType(type) && this.chance(50) ? this.pick(this.schema.getPossibleTypes(type)) : type;
    const cyclic = this.sometimes(4) ? ` ...${name}` : '';
    this.fragments.push(`fragment ${name} on ${target.name} { __typename${cyclic} ${this.selectionSet(target, budget - 1, used).slice(1)}`);
    return name;
  }

  private alias(): string {
    return this.chance(10) ? `${this.pick(['a', 'b', 'x', 'id', 'node', '__typename'])}${this.chance(50) ? this.next() : ''}: ` : '';
  }

  args(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required ? this.sometimes(3) : this.chance(50)) continue;
      parts.push(`${arg.name}: ${this.value(arg.type, arg.name)}`);
    }
    if (parts.length > 0 && this.sometimes(2)) parts.push(parts[0]!);
    if (this.sometimes(2)) parts.push(`${this.pick(['bogus', 'id', 'where', '__proto__'])}: ${this.pick(['1', '"x"', 'null'])}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /**
   * An argument value: a literal, a variable (declared with its type or a wrong one), a
   * variable whose value is only its default in the document, or raw text.
   */
  value(type: GraphQLInputType, arg: string): string {
    const value = this.g(() => inputValue(type, arg, this.hostile));
    const roll = this.int(0, 99);
    if (roll < 3 && this.hostile) return this.pick(RAW_ARGUMENTS);
    if (roll >= 55) return literal(value, type, this.chance(10));
    const name = `v${this.next()}`;
    if (roll >= 40) {
      // The value travels as the variable's default, not in `variables`: limits must see it all the same.
      this.definitions.push(`$${name}: ${type.toString()} = ${literal(value, type)}`);
      return `$${name}`;
    }
    let declared = type.toString();
    if (this.sometimes(6)) declared = this.pick(WRONG_VARIABLE_TYPES);
    else if (this.sometimes(5)) declared = declared.replace(/!$/, '');
    const fallback = this.sometimes(5) ? ` = ${literal(this.g(() => inputValue(type, arg)), type)}` : '';
    this.definitions.push(`$${name}: ${declared}${fallback}`);
    if (!this.sometimes(10)) this.variables[name] = value;
    return `$${name}`;
  }

  /** Usually none; else @include/@skip on a variable or literal, duplicates, or misplaced ones. */
  directives(): string {
    if (!this.chance(12)) return '';
    const condition = () => this.value(new GraphQLNonNull(GraphQLBoolean), 'if');
    const valid = [
      () => ` @include(if: ${condition()})`,
      () => ` @skip(if: ${condition()})`,
      () => ` @include(if: ${condition()}) @skip(if: ${condition()})`,
    ];
    if (!this.hostile) return this.pick(valid)();
    return this.pick([
      ...valid,
      () => ' @include(if: true) @include(if: false)',
      () => ' @deprecated',
      () => ` @${this.pick(['unknown', 'cypher', 'auth'])}(statement: ${JSON.stringify(this.g(() => hostileString))})`,
    ])();
  }
}

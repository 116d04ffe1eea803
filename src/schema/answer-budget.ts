import type { GraphQLField, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { defaultFieldResolver, getNamedType, getNullableType, isCompositeType, isIntrospectionType, isListType, isObjectType } from 'graphql';
import type { GraphContext } from '../server/context.ts';
import { DEFAULT_LIST_BOUND, hasListBound, SIZE_ARGUMENTS } from '../server/cost.ts';

/**
 * Makes every field that returns objects spend the request's budget: before it
 * resolves, the request must still be live (not past its deadline, not over its
 * answer size, the client still there); after, the objects it returned are
 * counted. A stopped request thus resolves nothing more and starts no store query.
 * A list of objects with no size of its own (no `first`, `limit` or `ids`, no
 * bound from the field above) holds at most DEFAULT_LIST_BOUND items, the bound
 * the cost estimate counts on. Scalar fields are left alone: they cost nothing
 * the objects above them did not.
 */
export function withAnswerBudget(schema: GraphQLSchema): GraphQLSchema {
  const root = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type))) continue;
      const bound = unsized(field) && !hasListBound(type.name, field.name) ? DEFAULT_LIST_BOUND : undefined;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = spending(type === root ? once(resolve) : resolve, bound);
    }
  }
  return schema;
}

/**
 * A root field asked for again in the same request with the same arguments (under
 * another alias) gives the same answer: it is worked out once per request.
 */
function once(resolve: GraphQLFieldResolver<unknown, GraphContext>): GraphQLFieldResolver<unknown, GraphContext> {
  return (source, args, context, info) => {
    const key = `${info.fieldName}\u0000${JSON.stringify(args)}`;
    const known = context.rootAnswers.get(key);
    if (known !== undefined) return known;
    const value = resolve(source, args, context, info);
    context.rootAnswers.set(key, value);
    return value;
  };
}

function unsized(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type)) && !field.args.some((arg) => (SIZE_ARGUMENTS as readonly string[]).includes(arg.name));
}

function spending(resolve: GraphQLFieldResolver<unknown, GraphContext>, bound: number | undefined): GraphQLFieldResolver<unknown, GraphContext> {
  const spend = (budget: GraphContext['budget'], value: unknown) => {
    const spent = budget.spend(bound !== undefined && Array.isArray(value) && value.length > bound ? value.slice(0, bound) : value);
    return budget.dueToYield() ? new Promise((resolve) => setImmediate(() => resolve(spent))) : spent;
  };
  return (source, args, context, info) => {
    const budget = context.budget;
    budget.check();
    const value = resolve(source, args, context, info);
    return isPromise(value) ? value.then((resolved) => spend(budget, resolved)) : spend(budget, value);
  };
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

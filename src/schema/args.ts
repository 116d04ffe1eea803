import { inputError } from '../errors.ts';

/** Documented maxima of the API's arguments: exceeding one is a coded GraphQL error. */
export const LIMITS = {
  neighborhoodDepth: 3,
  neighborhoodLimit: 500,
  pathMaxDepth: 10,
  pathsFirst: 50,
  ids: 200,
  searchFirst: 50,
  listFirst: 500,
  queryLength: 200,
  idLength: 200,
  edgeLimit: 5000,
  pathExpansion: 10_000,
  /** Rows one path search may read in all (see src/graph/paths.ts). */
  pathRows: 10_000,
  /** Most items a page of rankings, communities or a community's members holds. */
  pageFirst: 500,
  /** Most ids on either side of `paths`. */
  pathEnds: 20,
  /** Most documents `coverage` compares. */
  coverageDocuments: 10,
} as const;

/** The time view of a traversal's `asOf` and `includeUndated` arguments (see TimeView). */
export function timeView(args: { asOf?: string | null; includeUndated?: boolean | null }): { asOf: string | null; undated: boolean } {
  return { asOf: args.asOf ?? null, undated: args.includeUndated ?? true };
}

/** An integer argument within [min, max]; the error names the argument and the bound. */
export function intInRange(argument: string, value: number, min: number, max: number): number {
  if (value > max) {
    throw inputError('LIMIT_EXCEEDED', argument, `Argument "${argument}" is ${value}; the maximum is ${max}.`, { max });
  }
  if (value < min) {
    throw inputError('BAD_INPUT', argument, `Argument "${argument}" is ${value}; the minimum is ${min}.`, { min });
  }
  return value;
}

/** A list argument of at most `max` items. */
export function listWithin<T>(argument: string, values: readonly T[] | null | undefined, max: number): T[] {
  const list = [...(values ?? [])];
  if (list.length > max) {
    throw inputError(
      'LIMIT_EXCEEDED',
      argument,
      `Argument "${argument}" has ${list.length} items; the maximum is ${max}.`,
      { max },
    );
  }
  return list;
}

/** A string argument of at most `max` characters, trimmed; empty is refused when `required`. */
export function textWithin(argument: string, value: string, max: number, required = true): string {
  const text = value.trim();
  if (text.length > max) {
    throw inputError(
      'LIMIT_EXCEEDED',
      argument,
      `Argument "${argument}" is ${text.length} characters long; the maximum is ${max}.`,
      { max },
    );
  }
  if (required && text.length === 0) {
    throw inputError('BAD_INPUT', argument, `Argument "${argument}" must not be empty.`);
  }
  return text;
}

/** Whole-operation limits, on top of each argument's documented maximum. */
export interface OperationLimits {
  /** Most lexical tokens in a document. @default 1000 */
  maxTokens: number;
  /** Deepest selection nesting (introspection excluded). @default 8 */
  maxDepth: number;
  /** Most aliases in an operation, `__typename` aliases included. @default 15 */
  maxAliases: number;
  /** Most directives in an operation. @default 50 */
  maxDirectives: number;
  /** Highest estimated cost: a bound on the objects answered and the store rows read (see cost.ts). @default 20000 */
  maxCost: number;
  /** Largest request body accepted, in bytes. @default 100000 */
  maxBodyBytes: number;
  /** Time budget of one request; past it the request is answered with REQUEST_TIMEOUT. @default 15000 */
  requestTimeoutMs: number;
  /** Most objects one answer may hold while it executes; past it, LIMIT_EXCEEDED. @default 20000 */
  maxResultObjects: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxTokens: 1000,
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 50,
  maxCost: 20_000,
  maxBodyBytes: 100_000,
  requestTimeoutMs: 15_000,
  maxResultObjects: 20_000,
};

// Types of scripts/check-node.mjs, for the tests that import it.
export declare function satisfies(version: string, range: string): boolean;
export declare function refusal(version: string, range: string): string | null;

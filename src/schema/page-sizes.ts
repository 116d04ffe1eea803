import { LIMITS } from './args.ts';

/** How long a page of a Connection can be; the cost estimate counts `edges`/`nodes` by it. */
export interface PageSize {
  /** Items when neither `first` nor `last` is given. */
  defaultSize: number;
  /** Most items one page holds. */
  maxSize: number;
}

/** The page sizes of every Connection type, by name (the resolvers and the cost estimate read them). */
export const CONNECTION_PAGES = {
  EventConnection: { defaultSize: 100, maxSize: LIMITS.listFirst },
  StatementConnection: { defaultSize: 100, maxSize: LIMITS.listFirst },
  DocumentConnection: { defaultSize: 100, maxSize: LIMITS.listFirst },
  SearchHitConnection: { defaultSize: 10, maxSize: LIMITS.searchFirst },
  RelationConnection: { defaultSize: 25, maxSize: 100 },
} as const satisfies Record<string, PageSize>;

export type ConnectionName = keyof typeof CONNECTION_PAGES;

export function isConnection(typeName: string): typeName is ConnectionName {
  return Object.hasOwn(CONNECTION_PAGES, typeName);
}

/** The size of the page a Connection field's arguments ask for (the default without `first` or `last`). */
export function pageSizeOf(typeName: ConnectionName, args: { first?: unknown; last?: unknown }): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : CONNECTION_PAGES[typeName].defaultSize;
  return Math.max(0, Math.floor(asked));
}

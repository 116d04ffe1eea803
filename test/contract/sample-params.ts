/** A keyset page (src/graph/keyset.ts) from the start of a list, and one from a key. */
const PAGE = { ascending: true, missingLast: true, start: null, stop: null, limit: 6, sep: '\u0001' };
const DATE_PAGE = { ...PAGE, start: { missing: false, primary: '2008-01-01', tie: 'm' } };

/** Parameters each runtime query is exercised with in the contract suite (keyed by query name). */
export const QUERY_SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  entitiesByIds: { ids: ['john-bolton', 'belarus', 'nobody'] },
  relationsByKeys: {
    keys: [
      { key: 'a', id: 'john-bolton', types: ['MET_WITH'], side: 'BOTH' },
      { key: 'b', id: 'belarus', types: ['HOLDS_ROLE', 'PARTICIPATED_IN'], side: 'IN' },
      { key: 'c', id: 'belsat-bolton-visit-2019', types: ['REPORTED_IN'], side: 'IN' },
      { key: 'd', id: 'belarus', types: ['PARTICIPATED_IN', 'SANCTIONED'], side: 'BOTH', asOf: '2008-12-31', undated: false },
    ],
    limit: 30,
  },
  neighbors: { frontier: ['john-bolton', 'minsk'], direction: 'BOTH', types: [], kinds: [], visited: ['john-bolton', 'minsk'], limit: 1000, asOf: null, undated: true, slim: true },
  centreAndNeighbors: { id: 'belarus', direction: 'BOTH', types: [], kinds: [], limit: 1000, asOf: '2010-12-31', undated: true, slim: false },
  expandFrontiers: {
    ends: ['uladzimir-makei', 'minsk', 'nobody'],
    startFrontier: ['uladzimir-makei'],
    startVisited: ['uladzimir-makei'],
    endFrontier: ['minsk', 'belarus'],
    endVisited: ['minsk', 'belarus'],
    startLimit: 1000,
    endLimit: 1000,
    types: ['MET_WITH', 'HOLDS_ROLE', 'VISITED', 'LOCATED_IN'],
    asOf: '2019-08-29',
    undated: true,
    slimNodes: true,
    slimEdges: false,
  },
  inducedEdges: { ids: ['john-bolton', 'aliaksandr-lukashenka', 'uladzimir-makei', 'belarus-mfa'], types: [], limit: 1000, asOf: null, undated: true, slim: true },
  statements: { speaker: 'john-bolton', about: null, document: null, limit: 500 },
  entitiesByKind: { kind: 'Person', offset: 2, limit: 5 },
  nodeCounts: {},
  unindexedEntities: { format: 'ǀ', end: '' },
  relationshipCounts: {},
  degreeStatistics: {},
  analyticsNodes: {},
  outgoingRelationships: { ids: ['john-bolton', 'belsat-bolton-visit-2019', 'belarus'], limit: 1000 },
  documentMentions: {
    keys: [
      { key: 'a', document: 'belsat-bolton-visit-2019', kinds: [], after: null, limit: 20 },
      { key: 'b', document: 'lukashenko-fresh-start-2019', kinds: ['Person'], after: 'aliaksandr-lukashenka', limit: 5 },
    ],
  },
  coverageEntities: {
    slices: [
      { key: 'shared', all: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], none: [], limit: 10 },
      { key: 'alone', all: ['lukashenko-fresh-start-2019'], none: ['belsat-bolton-visit-2019'], limit: 10 },
    ],
  },
  coverageRelationships: {
    slices: [
      { key: 'shared', all: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], none: [], limit: 10 },
      { key: 'alone', all: ['belsat-bolton-visit-2019'], none: ['lukashenko-fresh-start-2019'], limit: 0 },
    ],
  },
  analyticsRelationships: { ids: ['john-bolton', 'belarus', 'belsat-bolton-visit-2019'] },
  timelinePage: { ...DATE_PAGE, from: '1990-01-01', to: null, eventTypes: [] },
  timelinePageOf: { ...DATE_PAGE, participant: 'john-bolton', from: null, to: null, eventTypes: [], ascending: false },
  timelineCount: { from: '2000-01-01', to: null, eventTypes: ['VISIT', 'MEETING'] },
  timelineCountOf: { participant: 'belarus', from: null, to: null, eventTypes: [] },
  statementsPage: { ...DATE_PAGE, speaker: null, about: 'human-rights', document: null, missingLast: false },
  statementsCount: { speaker: 'john-bolton', about: null, document: null },
  documentsPage: { ...PAGE, start: { missing: false, primary: 'a', tie: 'a' } },
  documentsCount: {},
  relationsPage: {
    sep: '\u0001',
    keys: [
      { key: 'a', id: 'john-bolton', types: ['MET_WITH', 'VISITED', 'HOLDS_ROLE'], side: 'BOTH', order: 'DATE', ...PAGE, limit: 4 },
      { key: 'b', id: 'belarus', types: ['HOLDS_ROLE', 'PARTICIPATED_IN'], side: 'IN', order: 'TYPE', ...PAGE, ascending: false },
      { key: 'c', id: 'nobody', types: ['REPORTED_IN'], side: 'IN', order: 'DATE', ...PAGE },
      { key: 'd', id: 'belarus', types: ['PARTICIPATED_IN', 'SANCTIONED'], side: 'BOTH', order: 'DATE', ...PAGE, asOf: '2008-12-31', undated: false },
    ],
  },
};

/** Parameters each runtime query is exercised with in the contract suite (keyed by query name). */
export const QUERY_SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  entitiesByIds: { ids: ['john-bolton', 'belarus', 'nobody'] },
  relationsByKeys: {
    keys: [
      { key: 'a', id: 'john-bolton', types: ['MET_WITH'], side: 'BOTH' },
      { key: 'b', id: 'belarus', types: ['HOLDS_ROLE', 'PARTICIPATED_IN'], side: 'IN' },
      { key: 'c', id: 'belsat-bolton-visit-2019', types: ['REPORTED_IN'], side: 'IN' },
    ],
    limit: 30,
  },
  searchEntities: { term: 'lukashenk', tokens: ['lukashenk'], kinds: [], limit: 50 },
  neighbors: { frontier: ['john-bolton', 'minsk'], direction: 'BOTH', types: [], kinds: [], visited: ['john-bolton', 'minsk'], limit: 1000 },
  centreAndNeighbors: { id: 'john-bolton', direction: 'BOTH', types: [], kinds: [], limit: 1000 },
  expandFrontiers: {
    ends: ['uladzimir-makei', 'minsk', 'nobody'],
    startFrontier: ['uladzimir-makei'],
    startVisited: ['uladzimir-makei'],
    endFrontier: ['minsk', 'belarus'],
    endVisited: ['minsk', 'belarus'],
    startLimit: 1000,
    endLimit: 1000,
    types: ['MET_WITH', 'HOLDS_ROLE', 'VISITED', 'LOCATED_IN'],
  },
  inducedEdges: { ids: ['john-bolton', 'aliaksandr-lukashenka', 'uladzimir-makei', 'belarus-mfa'], types: [], limit: 1000 },
  timelineEvents: { from: '2000-01-01', to: '2019-12-31', eventTypes: [], limit: 500 },
  timelineEventsOf: { participant: 'john-bolton', from: null, to: null, eventTypes: [], limit: 500 },
  statements: { speaker: 'john-bolton', about: null, document: null, limit: 500 },
  entitiesByKind: { kind: 'Person', offset: 2, limit: 5 },
  nodeCounts: {},
  unindexedEntities: {},
  relationshipCounts: {},
  degreeStatistics: {},
};

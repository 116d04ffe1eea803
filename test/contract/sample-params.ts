/** Parameters each runtime query is exercised with in the contract suite (keyed by query name). */
export const QUERY_SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  entitiesByIds: { ids: ['john-bolton', 'belarus', 'nobody'] },
  relationsByKeys: { keys: [{ id: 'john-bolton', type: 'MET_WITH' }, { id: 'belarus', type: 'HOLDS_ROLE' }] },
  searchEntities: { term: 'lukashenk', tokens: ['lukashenk'], kinds: [], limit: 50 },
  neighbors: { frontier: ['john-bolton', 'minsk'], direction: 'BOTH', types: [], kinds: [], visited: ['john-bolton', 'minsk'], limit: 1000 },
  expandFrontier: { frontier: ['uladzimir-makei'], types: ['MET_WITH', 'HOLDS_ROLE'], visited: ['uladzimir-makei'], limit: 1000 },
  inducedEdges: { ids: ['john-bolton', 'aliaksandr-lukashenka', 'uladzimir-makei', 'belarus-mfa'], types: [], limit: 1000 },
  timelineEvents: { from: '2000-01-01', to: '2019-12-31', eventTypes: [], limit: 500 },
  timelineEventsOf: { participant: 'john-bolton', from: null, to: null, eventTypes: [], limit: 500 },
  statements: { speaker: 'john-bolton', about: null, document: null, limit: 500 },
  entitiesByKind: { kind: 'Person', offset: 2, limit: 5 },
  nodeCounts: {},
  relationshipCounts: {},
};

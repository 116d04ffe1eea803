// Relationships: locations (LOCATED_IN), where events happened (TOOK_PLACE_IN), the memorial (COMMEMORATES), independence (INDEPENDENT_FROM).
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.
// Each relationship here is stated by the documents in its `sources` (basis STATED); inferred ones are in 170_inferred.cypher.

UNWIND [
  {from: 'fort-trump', to: 'poland', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat speaks of the agreement on the “Trump” military base in Poland.'},
  {from: 'us-embassy-minsk', to: 'minsk', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat speaks of the US Embassy staff in Minsk.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'bolton-visit-minsk-2019', to: 'minsk', date: '2019-08-29', datePrecision: 'DAY', sources: ['lukashenko-fresh-start-2019'], evidence: 'The second article speaks of Bolton’s visit to Minsk; Belsat names only Belarus.'},
  {from: 'bolton-yama-visit-2019', to: 'yama-memorial', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton visited the Yama memorial.'},
  {from: 'bolton-visit-moldova-2019', to: 'moldova', sources: ['belsat-bolton-visit-2019'], evidence: 'Trip to Moldova.'},
  {from: 'bolton-visit-ukraine-2019', to: 'ukraine', sources: ['belsat-bolton-visit-2019'], evidence: 'Trip to Ukraine.'},
  {from: 'clinton-visit-minsk-1993', to: 'minsk', date: '1993-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'Clinton pictured in Minsk in 1993.'},
  {from: 'us-diplomatic-visits-2018-2019', to: 'belarus', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus received the visits.'},
  {from: 'embassy-staff-cut-2008', to: 'minsk', date: '2008-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The cut applied to the US Embassy in Minsk.'},
  {from: 'ukrainian-conflict', to: 'ukraine', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat speaks of the Ukrainian conflict.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:TOOK_PLACE_IN]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'yama-memorial', to: 'minsk-ghetto-killings-1942', sources: ['belsat-bolton-visit-2019'], evidence: 'The Yama site commemorates the Ghetto victims of 2 March 1942.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:COMMEMORATES]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'belarus', to: 'soviet-union', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus got its independence from the Soviet Union a few years before 1998.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:INDEPENDENT_FROM]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

// Relationships: order (PRECEDED) and consequence (LED_TO) between events.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.
// Each relationship here is stated by the documents in its `sources` (basis STATED); inferred ones are in 170_inferred.cypher.

UNWIND [
  {from: 'bolton-visit-moldova-2019', to: 'bolton-visit-minsk-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'The Moldova trip preceded the Belarus visit.'},
  {from: 'bolton-visit-ukraine-2019', to: 'bolton-visit-minsk-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'The Ukraine trip preceded the Belarus visit.'},
  {from: 'belarus-independence', to: 'relations-deteriorate-1998', sources: ['belsat-bolton-visit-2019'], evidence: 'The deterioration began a few years after independence.'},
  {from: 'relations-deteriorate-1998', to: 'ambassadors-recalled-2008', sources: ['belsat-bolton-visit-2019'], evidence: 'The conflict that began in 1998 peaked in 2008.'},
  {from: 'trump-election-victory', to: 'lukashenka-greetings-trump', sources: ['belsat-bolton-visit-2019'], evidence: 'Lukashenka’s greetings followed Trump’s victory.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PRECEDED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'repression-protesters-2006', to: 'us-sanctions-2006', sources: ['belsat-bolton-visit-2019'], evidence: 'US personal sanctions followed the 2006 repression.'},
  {from: 'repression-protesters-2010', to: 'us-sanctions-2010', sources: ['belsat-bolton-visit-2019'], evidence: 'US personal sanctions followed the 2010 repression.'},
  {from: 'embassy-staff-cut-2008', to: 'ambassadors-recalled-2008', sources: ['belsat-bolton-visit-2019'], evidence: 'The ambassadors were recalled after the staff-cut order.'},
  {from: 'ambassadors-recalled-2008', to: 'charge-daffaires-since-2008', sources: ['belsat-bolton-visit-2019'], evidence: 'Since the recall, chargés d’affaires have led the missions.'},
  {from: 'political-prisoners-release-2015', to: 'us-sanctions-eased-2015', sources: ['belsat-bolton-visit-2019'], evidence: 'The US welcomed the release and lifted most sanctions.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:LED_TO]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

// Relationships: offices held (HOLDS_ROLE), advising (ADVISES), affiliations (MEMBER_OF) and organisational structure (PART_OF).
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.
// Each relationship here is stated by the documents in its `sources` (basis STATED); inferred ones are in 170_inferred.cypher.

UNWIND [
  {from: 'john-bolton', to: 'us-government', role: 'National Security Advisor', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat calls Bolton the US national security adviser; the second article calls him Trump’s national security advisor (ADVISES) and names no US government.'},
  {from: 'aliaksandr-lukashenka', to: 'belarus', role: 'President', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Belsat calls him the Belarusian president, the second article President Lukashenko.'},
  {from: 'uladzimir-makei', to: 'belarus-mfa', role: 'Minister for Foreign Affairs', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat names Makei as Belarus’s foreign minister.'},
  {from: 'donald-trump', to: 'united-states', role: 'President', sources: ['lukashenko-fresh-start-2019'], evidence: 'The second article calls him President Donald Trump.'},
  {from: 'dmitry-peskov', to: 'kremlin', role: 'Spokesman', sources: ['lukashenko-fresh-start-2019'], evidence: 'Peskov is described as the Kremlin’s spokesman.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.role = row.role;

UNWIND [
  {from: 'john-bolton', to: 'donald-trump', role: 'National Security Advisor', sources: ['lukashenko-fresh-start-2019'], evidence: 'Bolton is called Trump’s aide and national security advisor.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:ADVISES]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.role = row.role;

UNWIND [
  {from: 'arsen-sivistky', to: 'centre-strategic-foreign-policy-studies', role: 'expert', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat presents “The expert Arsen Sivistky, Centre for the Strategic and Foreign Studies”.'},
  {from: 'andrei-yahorau', to: 'centre-european-transformation', role: 'affiliated commentator', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat gives Yahorau’s affiliation as the Centre of European Transformation.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.role = row.role;

UNWIND [
  {from: 'us-government', to: 'united-states', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat speaks of the US government and the US administration.'},
  {from: 'belarus-government', to: 'belarus', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat speaks of the Belarusian government’s order and calls it official Minsk.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

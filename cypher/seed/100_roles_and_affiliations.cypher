// Relationships: offices held (HOLDS_ROLE), advising (ADVISES), affiliations (MEMBER_OF) and organisational structure (PART_OF).
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.

UNWIND [
  {from: 'john-bolton', to: 'us-government', role: 'National Security Advisor', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Both articles identify Bolton as the US national security adviser.'},
  {from: 'aliaksandr-lukashenka', to: 'belarus', role: 'President', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Both articles refer to Lukashenka as president of Belarus.'},
  {from: 'uladzimir-makei', to: 'belarus-mfa', role: 'Minister for Foreign Affairs', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat names Makei as Belarus’s foreign minister.'},
  {from: 'donald-trump', to: 'united-states', role: 'President', sources: ['lukashenko-fresh-start-2019'], evidence: 'The second article calls him President Donald Trump.'},
  {from: 'dmitry-peskov', to: 'kremlin', role: 'Spokesman', sources: ['lukashenko-fresh-start-2019'], evidence: 'Peskov is described as the Kremlin’s spokesman.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role;

UNWIND [
  {from: 'john-bolton', to: 'donald-trump', role: 'National Security Advisor', sources: ['lukashenko-fresh-start-2019'], evidence: 'Bolton is called Trump’s aide and national security advisor.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:ADVISES]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role;

UNWIND [
  {from: 'arsen-sivistky', to: 'centre-strategic-foreign-policy-studies', role: 'expert', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat presents Sivistky as an expert of this centre.'},
  {from: 'andrei-yahorau', to: 'centre-european-transformation', role: 'affiliated commentator', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat gives Yahorau’s affiliation as the Centre of European Transformation.'},
  {from: 'alesia-rudnik', to: 'belsat', role: 'author', sources: ['belsat-bolton-visit-2019'], evidence: 'The Belsat article carries her byline next to belsat.eu.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.role = row.role;

UNWIND [
  {from: 'us-embassy-minsk', to: 'us-government', sources: ['belsat-bolton-visit-2019'], evidence: 'The article treats the US Embassy in Minsk as the American mission whose staff Belarus cut.'},
  {from: 'belarus-mfa', to: 'belarus-government', sources: ['belsat-bolton-visit-2019'], evidence: 'The Belarusian MFA is a ministry of the Belarusian government, which the article calls official Minsk.'},
  {from: 'us-government', to: 'united-states', sources: ['belsat-bolton-visit-2019'], evidence: 'The article refers to the government and administration of the US.'},
  {from: 'belarus-government', to: 'belarus', sources: ['belsat-bolton-visit-2019'], evidence: 'The article refers to the Belarusian government as official Minsk.'},
  {from: 'kremlin', to: 'russia', sources: ['lukashenko-fresh-start-2019'], evidence: 'The Kremlin’s spokesman speaks for Moscow, i.e. the Russian leadership.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r.sources = row.sources, r.evidence = row.evidence;

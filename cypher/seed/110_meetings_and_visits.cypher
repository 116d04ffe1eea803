// Relationships: meetings (MET_WITH), visits (VISITED), greetings and gifts, interviews.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.
// Each relationship here is stated by the documents in its `sources` (basis STATED); inferred ones are in 170_inferred.cypher.

UNWIND [
  {from: 'john-bolton', to: 'aliaksandr-lukashenka', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Both articles report their meeting of 29 August 2019 (more than two hours, says Belsat; a two-hour meeting, says the second article).'},
  {from: 'john-bolton', to: 'uladzimir-makei', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat says Bolton held talks with Lukashenka and foreign minister Makei.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:MET_WITH]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'john-bolton', to: 'minsk', date: '2019-08-29', datePrecision: 'DAY', sources: ['lukashenko-fresh-start-2019'], evidence: 'The second article reports the visit of 29 August and names Minsk as its destination (Peskov on “the planned visit … to Minsk”); Belsat says only Belarus.'},
  {from: 'john-bolton', to: 'belarus', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Both articles describe Bolton’s visit to Belarus on 29 August (Thursday, says the second article; the year 2019 is in Belsat’s photo caption).'},
  {from: 'john-bolton', to: 'yama-memorial', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019'], evidence: 'While in Belarus, Bolton also went to the Yama memorial.'},
  {from: 'john-bolton', to: 'moldova', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton’s trip to Moldova came before his Belarus visit.'},
  {from: 'john-bolton', to: 'ukraine', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton’s trip to Ukraine came before his Belarus visit.'},
  {from: 'bill-clinton', to: 'minsk', date: '1993-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'A photo caption shows Clinton visiting Minsk in 1993.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:VISITED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'aliaksandr-lukashenka', to: 'donald-trump', sources: ['belsat-bolton-visit-2019'], evidence: 'Lukashenka congratulated Trump on his election victory.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:GREETED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'aliaksandr-lukashenka', to: 'donald-trump', sources: ['belsat-bolton-visit-2019'], evidence: 'Lukashenka sent Belarusian presents to Trump.'},
  {from: 'aliaksandr-lukashenka', to: 'melania-trump', sources: ['belsat-bolton-visit-2019'], evidence: 'Melania Trump was also sent Belarusian presents.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:SENT_GIFTS_TO]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'current-time', to: 'john-bolton', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton gave an interview to Current Time.'},
  {from: 'belsat', to: 'andrei-yahorau', sources: ['belsat-bolton-visit-2019'], evidence: 'Yahorau “comments for Belsat” in the article.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:INTERVIEWED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

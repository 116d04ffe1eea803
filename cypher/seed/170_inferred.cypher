// Inferred relationships: useful facts neither article states, read from what they state or from
// general knowledge. Each has basis INFERRED, cites no document (sources: []) and gives its reasoning
// in evidence. Every relationship in 100–160 is stated by the documents it cites (basis STATED).
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.

UNWIND [
  {from: 'yama-memorial', to: 'minsk', evidence: 'Inferred: Belsat says Bolton visited the memorial while in Belarus, not where it stands; the Yama memorial is in Minsk (general knowledge).'},
  {from: 'minsk', to: 'belarus', evidence: 'Inferred: both articles treat Minsk as the seat of the Belarusian authorities (Belsat’s “official Minsk”; the second article’s visit to Belarus is a visit to Minsk) without saying it is in Belarus.'},
  {from: 'washington', to: 'united-states', evidence: 'Inferred: the second article speaks of ties with Washington for ties with the US; that Washington is the US capital is general knowledge.'},
  {from: 'moscow', to: 'russia', evidence: 'Inferred: the second article gives Moscow’s view through the Kremlin’s spokesman; that Moscow is the Russian capital is general knowledge.'},
  {from: 'kremlin', to: 'moscow', evidence: 'Inferred: the second article has the Kremlin’s spokesman give Moscow’s view but does not place the Kremlin; it is in Moscow (general knowledge).'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.basis = 'INFERRED', r.sources = [], r.evidence = row.evidence;

UNWIND [
  {from: 'bolton-lukashenka-meeting-2019', to: 'minsk', date: '2019-08-29', datePrecision: 'DAY', evidence: 'Inferred: the second article places Bolton’s visit in Minsk and the meeting during that visit; neither article says where the meeting was held.'},
  {from: 'minsk-ghetto-killings-1942', to: 'minsk', date: '1942-03-02', datePrecision: 'DAY', evidence: 'Inferred: Belsat speaks only of “the Ghetto”; the Yama memorial commemorates victims of the Minsk ghetto (general knowledge).'},
  {from: 'repression-protesters-2006', to: 'belarus', date: '2006-01-01', datePrecision: 'YEAR', evidence: 'Inferred: Belsat does not say where; it gives the repression as the cause of US personal sanctions in its account of Belarus-US relations.'},
  {from: 'repression-protesters-2010', to: 'belarus', date: '2010-01-01', datePrecision: 'YEAR', evidence: 'Inferred: Belsat does not say where; it gives the repression as the cause of US personal sanctions in its account of Belarus-US relations.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:TOOK_PLACE_IN]->(b)
SET r.basis = 'INFERRED', r.sources = [], r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'belarus-mfa', to: 'belarus-government', evidence: 'Inferred: a foreign ministry is part of its government (general knowledge); Belsat names the Belarusian MFA and the Belarusian government apart.'},
  {from: 'us-embassy-minsk', to: 'us-government', evidence: 'Inferred: an embassy is a mission of its government (general knowledge); Belsat names the US Embassy in Minsk only.'},
  {from: 'kremlin', to: 'russia', evidence: 'Inferred: the Kremlin is the seat of the Russian leadership (general knowledge); the second article has its spokesman give Moscow’s view.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r.basis = 'INFERRED', r.sources = [], r.evidence = row.evidence;

UNWIND [
  {from: 'bolton-visit-minsk-2019', to: 'bolton-poland-visit-cancelled-2019', evidence: 'Inferred: Belsat says Reuters reported the cancellation after the visit to Belarus, not when the cancellation itself came.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PRECEDED]->(b)
SET r.basis = 'INFERRED', r.sources = [], r.evidence = row.evidence;

UNWIND [
  {from: 'john-bolton', to: 'stmt-sides-important-foundation', date: '2019-08-29', datePrecision: 'DAY', evidence: 'Inferred: the second article says “both sides” called the talks a foundation, naming no one; Bolton led the US side at the meeting.'},
  {from: 'aliaksandr-lukashenka', to: 'stmt-sides-important-foundation', date: '2019-08-29', datePrecision: 'DAY', evidence: 'Inferred: the second article says “both sides” called the talks a foundation, naming no one; Lukashenka led the Belarusian side at the meeting.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r.basis = 'INFERRED', r.sources = [], r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'repression-protesters-2006', to: 'human-rights', evidence: 'Inferred: Belsat calls it violent repression of peaceful protesters, read here as a human-rights matter; the article ties the remaining sanctions, not this repression, to human-rights violations.'},
  {from: 'repression-protesters-2010', to: 'human-rights', evidence: 'Inferred: Belsat calls it violent repression of peaceful protesters, read here as a human-rights matter; the article ties the remaining sanctions, not this repression, to human-rights violations.'},
  {from: 'mfa-diplomats-limit-lifted-2019', to: 'us-embassy-minsk', evidence: 'Inferred: Belsat speaks of US diplomats working in Minsk, taken to be the staff of the US Embassy there.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r.basis = 'INFERRED', r.sources = [], r.evidence = row.evidence;

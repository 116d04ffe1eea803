// Relationships: provenance – statements and events REPORTED_IN documents, REPORTED_BY agencies, authorship, publisher and cited sources.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.
// Each relationship here is stated by the documents in its `sources` (basis STATED); inferred ones are in 170_inferred.cypher.

UNWIND [
  {from: 'stmt-bolton-no-issues-resolved', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-bolton-fascinating-conversation', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-bolton-common-goals', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Reported in the Belsat article.'},
  {from: 'stmt-bolton-human-rights-focus', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Reported in the Belsat article.'},
  {from: 'stmt-lukashenka-open-discussion', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-lukashenka-present-issues', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-bolton-supports-sovereignty', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Reported in the Belsat article.'},
  {from: 'stmt-bolton-people-determine-russia-relations', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-bolton-belarusians-want-independence', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Quoted in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-sivistky-us-ready-to-work', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-meliantsou-lukashenka-poland-role', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Reported in the Belsat article.'},
  {from: 'stmt-yahorau-too-early', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-yahorau-ambassadors-not-working', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-yahorau-no-cooperation-projects', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Quoted in the Belsat article.'},
  {from: 'stmt-lukashenka-sincere-discussion', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-lukashenka-new-chapter', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-lukashenka-rebooting-history', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-lukashenka-historic-visit', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-lukashenka-positive-despite-hype', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Quoted in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-lukashenka-close-bad-page', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Quoted in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-bolton-history-moving-forward', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Quoted in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-bolton-geopolitics-changed', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Quoted in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-bolton-common-ground', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Quoted in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-bolton-no-concrete-solutions', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-bolton-no-ambassador-talks', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-sides-important-foundation', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-peskov-internal-affair', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Reported in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'stmt-rudnik-no-alternative-views', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Stated in the Belsat article.'},
  {from: 'stmt-rudnik-introductory-meeting', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Stated in the Belsat article.'},
  {from: 'stmt-rudnik-not-overestimated', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Stated in the Belsat article.'},
  {from: 'stmt-rudnik-keen-on-west', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Stated in the Belsat article.'},
  {from: 'bolton-visit-minsk-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'bolton-visit-minsk-2019', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Described in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'bolton-lukashenka-meeting-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'bolton-lukashenka-meeting-2019', to: 'lukashenko-fresh-start-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Described in the TUT.BY/president.gov.by-sourced report.'},
  {from: 'bolton-yama-visit-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'bolton-current-time-interview-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'bolton-visit-moldova-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'bolton-visit-ukraine-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'bolton-poland-visit-cancelled-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'clinton-visit-minsk-1993', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'relations-deteriorate-1998', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'us-entry-ban-1998', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'repression-protesters-2006', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'us-sanctions-2006', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'repression-protesters-2010', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'us-sanctions-2010', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'embassy-staff-cut-2008', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'ambassadors-recalled-2008', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'charge-daffaires-since-2008', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'political-prisoners-release-2015', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'us-sanctions-eased-2015', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'mfa-diplomats-limit-lifted-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'us-diplomatic-visits-2018-2019', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'trump-election-victory', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'lukashenka-greetings-trump', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'minsk-ghetto-killings-1942', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'belarus-independence', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'ukrainian-conflict', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'minsk-neutral-on-crimea', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'},
  {from: 'belarus-eu-warming', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Described in the Belsat article.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'bolton-poland-visit-cancelled-2019', to: 'reuters', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat attributes the cancellation report to Reuters.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:REPORTED_BY]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'alesia-rudnik', to: 'belsat-bolton-visit-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Byline of the Belsat article.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:AUTHORED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'belsat-bolton-visit-2019', to: 'belsat', sources: ['belsat-bolton-visit-2019'], evidence: 'Published on belsat.eu.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'belsat-bolton-visit-2019', to: 'president-gov-by', sources: ['belsat-bolton-visit-2019'], evidence: 'Photo credited to president.gov.by.'},
  {from: 'belsat-bolton-visit-2019', to: 'reuters', sources: ['belsat-bolton-visit-2019'], evidence: 'Cites a Reuters report on the Poland cancellation.'},
  {from: 'belsat-bolton-visit-2019', to: 'current-time', sources: ['belsat-bolton-visit-2019'], evidence: 'Reports what Bolton said in his interview to Current Time.'},
  {from: 'lukashenko-fresh-start-2019', to: 'tut-by', sources: ['lukashenko-fresh-start-2019'], evidence: 'Lists TUT.BY as a source.'},
  {from: 'lukashenko-fresh-start-2019', to: 'president-gov-by', sources: ['lukashenko-fresh-start-2019'], evidence: 'Lists president.gov.by as a source and photo credit.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:CITES]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

// Relationships: who took part in each event and in what role, announcements, orders, analysts’ comments, sanctions on persons.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.
// Each relationship here is stated by the documents in its `sources` (basis STATED); inferred ones are in 170_inferred.cypher.

UNWIND [
  {from: 'john-bolton', to: 'bolton-visit-minsk-2019', role: 'visitor', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Bolton made the visit: to Belarus, say both articles; to Minsk, says the second.'},
  {from: 'us-government', to: 'bolton-visit-minsk-2019', role: 'sending government', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat calls it the highest-level visit by a US government representative in years.'},
  {from: 'belarus', to: 'bolton-visit-minsk-2019', role: 'host country', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Belarus received the visit.'},
  {from: 'aliaksandr-lukashenka', to: 'bolton-visit-minsk-2019', role: 'host', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Lukashenka received Bolton during the visit.'},
  {from: 'john-bolton', to: 'bolton-lukashenka-meeting-2019', role: 'visitor', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Bolton took part in the talks.'},
  {from: 'aliaksandr-lukashenka', to: 'bolton-lukashenka-meeting-2019', role: 'host', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019'], evidence: 'Lukashenka met Bolton.'},
  {from: 'uladzimir-makei', to: 'bolton-lukashenka-meeting-2019', role: 'participant', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019'], evidence: 'Makei took part in the conversation with Bolton.'},
  {from: 'john-bolton', to: 'bolton-yama-visit-2019', role: 'visitor', date: '2019-08-29', datePrecision: 'DAY', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton went to the Yama memorial.'},
  {from: 'john-bolton', to: 'bolton-current-time-interview-2019', role: 'interviewee', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton was interviewed by Current Time.'},
  {from: 'current-time', to: 'bolton-current-time-interview-2019', role: 'interviewer', sources: ['belsat-bolton-visit-2019'], evidence: 'Current Time conducted the interview.'},
  {from: 'john-bolton', to: 'bolton-visit-moldova-2019', role: 'visitor', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton travelled to Moldova.'},
  {from: 'moldova', to: 'bolton-visit-moldova-2019', role: 'host country', sources: ['belsat-bolton-visit-2019'], evidence: 'Moldova was visited by Bolton.'},
  {from: 'john-bolton', to: 'bolton-visit-ukraine-2019', role: 'visitor', sources: ['belsat-bolton-visit-2019'], evidence: 'Bolton travelled to Ukraine.'},
  {from: 'ukraine', to: 'bolton-visit-ukraine-2019', role: 'host country', sources: ['belsat-bolton-visit-2019'], evidence: 'Ukraine was visited by Bolton.'},
  {from: 'john-bolton', to: 'bolton-poland-visit-cancelled-2019', role: 'cancelling visitor', sources: ['belsat-bolton-visit-2019'], evidence: 'Reuters reported that Bolton called off the Poland meeting.'},
  {from: 'poland', to: 'bolton-poland-visit-cancelled-2019', role: 'intended host country', sources: ['belsat-bolton-visit-2019'], evidence: 'The cancelled meeting was to take place in Poland.'},
  {from: 'bill-clinton', to: 'clinton-visit-minsk-1993', role: 'visitor', date: '1993-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'Clinton is pictured visiting Minsk.'},
  {from: 'belarus', to: 'relations-deteriorate-1998', role: 'party', date: '1998-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus-US relations have worsened since 1998.'},
  {from: 'united-states', to: 'relations-deteriorate-1998', role: 'party', date: '1998-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus-US relations have worsened since 1998.'},
  {from: 'united-states', to: 'us-entry-ban-1998', role: 'imposing country', date: '1998-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'Over 100 Belarusian officials were barred from entering the US.'},
  {from: 'belarus-government', to: 'us-entry-ban-1998', role: 'target (officials)', date: '1998-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The ban hit more than 100 Belarusian officials.'},
  {from: 'us-government', to: 'us-sanctions-2006', role: 'imposing government', date: '2006-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The US administration answered the 2006 crackdown with personal sanctions.'},
  {from: 'us-government', to: 'us-sanctions-2010', role: 'imposing government', date: '2010-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The US administration answered the 2010 crackdown with personal sanctions.'},
  {from: 'belarus-government', to: 'embassy-staff-cut-2008', role: 'ordering government', date: '2008-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The Belarusian government ordered the US embassy staff reduced.'},
  {from: 'us-embassy-minsk', to: 'embassy-staff-cut-2008', role: 'affected mission', date: '2008-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The US Embassy in Minsk had to shrink from 35 to 5 staff.'},
  {from: 'belarus', to: 'ambassadors-recalled-2008', role: 'recalling country', date: '2008-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus recalled its ambassador in 2008.'},
  {from: 'united-states', to: 'ambassadors-recalled-2008', role: 'recalling country', date: '2008-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The US recalled its ambassador in 2008.'},
  {from: 'belarus', to: 'charge-daffaires-since-2008', role: 'party', sources: ['belsat-bolton-visit-2019'], evidence: 'Since 2008 chargés d’affaires have replaced the ambassadors.'},
  {from: 'united-states', to: 'charge-daffaires-since-2008', role: 'party', sources: ['belsat-bolton-visit-2019'], evidence: 'Since 2008 chargés d’affaires have replaced the ambassadors.'},
  {from: 'aliaksandr-lukashenka', to: 'political-prisoners-release-2015', role: 'decision-maker', date: '2015-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The release was Lukashenka’s decision.'},
  {from: 'united-states', to: 'us-sanctions-eased-2015', role: 'lifting country', date: '2015-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'In answer to the 2015 release, the US lifted most sanctions on Belarusian enterprises and some personal ones.'},
  {from: 'belarus-mfa', to: 'mfa-diplomats-limit-lifted-2019', role: 'announcer', date: '2019-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The Belarusian MFA made the announcement in 2019.'},
  {from: 'united-states', to: 'us-diplomatic-visits-2018-2019', role: 'visiting country', sources: ['belsat-bolton-visit-2019'], evidence: 'At least five US diplomatic visits came to Belarus in 2018–2019.'},
  {from: 'belarus', to: 'us-diplomatic-visits-2018-2019', role: 'host country', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus received at least five US diplomatic visits in 2018–2019.'},
  {from: 'donald-trump', to: 'trump-election-victory', role: 'winner', sources: ['belsat-bolton-visit-2019'], evidence: 'The article mentions Trump’s victory in the election.'},
  {from: 'aliaksandr-lukashenka', to: 'lukashenka-greetings-trump', role: 'sender', sources: ['belsat-bolton-visit-2019'], evidence: 'Lukashenka sent greetings and presents.'},
  {from: 'donald-trump', to: 'lukashenka-greetings-trump', role: 'recipient', sources: ['belsat-bolton-visit-2019'], evidence: 'Trump received the greetings and presents.'},
  {from: 'melania-trump', to: 'lukashenka-greetings-trump', role: 'recipient', sources: ['belsat-bolton-visit-2019'], evidence: 'Melania Trump also received presents.'},
  {from: 'belarus', to: 'belarus-independence', role: 'newly independent country', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus became independent from the Soviet Union.'},
  {from: 'soviet-union', to: 'belarus-independence', role: 'former union state', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus gained independence from the Soviet Union.'},
  {from: 'aliaksandr-lukashenka', to: 'ukrainian-conflict', role: 'would-be peacekeeper', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat mentions Lukashenka’s peace-keeping intentions during the Ukrainian conflict.'},
  {from: 'belarus-government', to: 'minsk-neutral-on-crimea', role: 'neutral party', sources: ['belsat-bolton-visit-2019'], evidence: 'Official Minsk has taken a neutral position on Crimea.'},
  {from: 'belarus', to: 'belarus-eu-warming', role: 'party', sources: ['belsat-bolton-visit-2019'], evidence: 'Belarus has developed warmer relations with the EU.'},
  {from: 'european-union', to: 'belarus-eu-warming', role: 'party', sources: ['belsat-bolton-visit-2019'], evidence: 'The EU’s relations with Belarus have warmed.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.role = row.role, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'belarus-mfa', to: 'mfa-diplomats-limit-lifted-2019', date: '2019-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'The MFA announced that US diplomat numbers in Minsk were no longer restricted.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:ANNOUNCED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'belarus-government', to: 'embassy-staff-cut-2008', date: '2008-01-01', datePrecision: 'YEAR', sources: ['belsat-bolton-visit-2019'], evidence: 'A Belarusian government order cut the US Embassy staff.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:ORDERED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence, r.date = date(row.date), r.datePrecision = row.datePrecision;

UNWIND [
  {from: 'arsen-sivistky', to: 'bolton-visit-minsk-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Belsat quotes Sivistky, in its account of what the visit was about, on US readiness to work with official Minsk.'},
  {from: 'andrei-yahorau', to: 'bolton-visit-minsk-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Yahorau commented to Belsat on the prospects of relations after the visit.'},
  {from: 'dzianis-meliantsou', to: 'bolton-poland-visit-cancelled-2019', sources: ['belsat-bolton-visit-2019'], evidence: 'Meliantsou speculated about Lukashenka’s role in the cancellation.'},
  {from: 'dmitry-peskov', to: 'bolton-visit-minsk-2019', sources: ['lukashenko-fresh-start-2019'], evidence: 'Peskov gave the Kremlin’s view of the planned visit.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:COMMENTED_ON]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

UNWIND [
  {from: 'us-government', to: 'aliaksandr-lukashenka', sources: ['belsat-bolton-visit-2019'], evidence: 'Lukashenka remains under personal US sanctions.'},
  {from: 'us-government', to: 'lidziya-yarmoshyna', sources: ['belsat-bolton-visit-2019'], evidence: 'Yarmoshyna remains under personal US sanctions.'},
  {from: 'us-government', to: 'other-sanctioned-officials', sources: ['belsat-bolton-visit-2019'], evidence: 'With Lukashenka and Yarmoshyna, “some other officials” linked mainly to human-rights violations remain under personal US sanctions.'},
  {from: 'us-government', to: 'belarusian-enterprises', sources: ['belsat-bolton-visit-2019'], evidence: 'The US had sanctions on Belarusian enterprises; it lifted most of them after the 2015 release.'}
] AS row
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
MERGE (a)-[r:SANCTIONED]->(b)
SET r.basis = 'STATED', r.sources = row.sources, r.evidence = row.evidence;

// Country nodes named in the articles.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.

UNWIND [
  {id: 'belarus', name: 'Belarus', aliases: ['Republic of Belarus', 'Беларусь'], searchKeys: ['belarus', 'republic of belarus', 'беларусь'], searchWords: ['belarus', 'republic', 'of', 'беларусь'], description: 'Eastern European state whose relations with the United States are the subject of both articles.', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019']},
  {id: 'united-states', name: 'United States', aliases: ['USA', 'US', 'U.S.', 'United States of America', 'America'], searchKeys: ['united states', 'usa', 'us', 'u s', 'united states of america', 'america'], searchWords: ['united', 'states', 'usa', 'us', 'u', 's', 'of', 'america'], description: 'Country whose National Security Advisor, John Bolton, visited Belarus on 29 August 2019.', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019']},
  {id: 'russia', name: 'Russia', aliases: ['Russian Federation'], searchKeys: ['russia', 'russian federation'], searchWords: ['russia', 'russian', 'federation'], description: 'Country whose relations and possible further integration with Belarus Bolton was asked about.', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019']},
  {id: 'poland', name: 'Poland', aliases: ['Republic of Poland'], searchKeys: ['poland', 'republic of poland'], searchWords: ['poland', 'republic', 'of'], description: 'Country whose planned visit by Bolton, where he was supposedly to sign the agreement on a “Trump” military base, was cancelled.', sources: ['belsat-bolton-visit-2019']},
  {id: 'moldova', name: 'Moldova', aliases: ['Republic of Moldova'], searchKeys: ['moldova', 'republic of moldova'], searchWords: ['moldova', 'republic', 'of'], description: 'Country Bolton visited on the trip that came before his stop in Belarus.', sources: ['belsat-bolton-visit-2019']},
  {id: 'ukraine', name: 'Ukraine', aliases: [], searchKeys: ['ukraine'], searchWords: ['ukraine'], description: 'Country Bolton visited before Belarus, and the scene of the conflict during which Lukashenka showed peace-keeping intentions.', sources: ['belsat-bolton-visit-2019']},
  {id: 'soviet-union', name: 'Soviet Union', aliases: ['USSR', 'Union of Soviet Socialist Republics'], searchKeys: ['soviet union', 'ussr', 'union of soviet socialist republics'], searchWords: ['soviet', 'union', 'ussr', 'of', 'socialist', 'republics'], description: 'State from which Belarus gained independence and whose collapse Bolton mentioned.', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019']}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Country, n.name = row.name, n.aliases = row.aliases, n.searchKeys = row.searchKeys, n.searchWords = row.searchWords,
    n.description = row.description, n.sources = row.sources;

// Place nodes: cities (incl. Washington and Moscow used as metonyms), the Yama memorial, Crimea and the planned “Trump” base.
// Names are spelt as the articles spell them; other spellings are aliases.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.

UNWIND [
  {id: 'minsk', name: 'Minsk', aliases: ['Мінск', 'Минск'], searchKeys: ['minsk', 'мінск', 'минск'], searchWords: ['minsk', 'мінск', 'минск'], placeType: 'CITY', description: 'City Bolton visited on 29 August 2019 (the second article), seat of the US Embassy, and used as “official Minsk” for the Belarusian authorities (Belsat).', sources: ['belsat-bolton-visit-2019', 'lukashenko-fresh-start-2019']},
  {id: 'washington', name: 'Washington', aliases: ['Washington, D.C.'], searchKeys: ['washington', 'washington d c'], searchWords: ['washington', 'd', 'c'], placeType: 'CITY', description: 'City the second article uses as shorthand for the US (“ties with Washington”).', sources: ['lukashenko-fresh-start-2019']},
  {id: 'moscow', name: 'Moscow', aliases: ['Москва'], searchKeys: ['moscow', 'москва'], searchWords: ['moscow', 'москва'], placeType: 'CITY', description: 'City the second article uses for the Russian leadership, whose view the Kremlin’s spokesman gave.', sources: ['lukashenko-fresh-start-2019']},
  {id: 'yama-memorial', name: 'Yama (The Pit)', aliases: ['Yama', 'The Pit', 'Yama memorial', 'The Pit memorial'], searchKeys: ['yama the pit', 'yama', 'the pit', 'yama memorial', 'the pit memorial'], searchWords: ['yama', 'the', 'pit', 'memorial'], placeType: 'MEMORIAL', description: 'Memorial site to the Ghetto victims of 2 March 1942, which Bolton visited while in Belarus.', sources: ['belsat-bolton-visit-2019']},
  {id: 'crimea', name: 'Crimea', aliases: ['Crimean Peninsula'], searchKeys: ['crimea', 'crimean peninsula'], searchWords: ['crimea', 'crimean', 'peninsula'], placeType: 'REGION', description: 'Region on which official Minsk has kept a neutral position, according to the Belsat article.', sources: ['belsat-bolton-visit-2019']},
  {id: 'fort-trump', name: '“Trump” military base', aliases: ['Trump military base', 'Fort Trump', 'Trump base'], searchKeys: ['trump military base', 'fort trump', 'trump base'], searchWords: ['trump', 'military', 'base', 'fort'], placeType: 'MILITARY_BASE', description: 'Planned military base in Poland whose agreement Bolton was supposedly due to sign on his cancelled Polish visit.', sources: ['belsat-bolton-visit-2019']}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Place, n.name = row.name, n.aliases = row.aliases, n.searchKeys = row.searchKeys, n.searchWords = row.searchWords,
    n.description = row.description, n.sources = row.sources, n.placeType = row.placeType;

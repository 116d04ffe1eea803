// Document nodes: the two source articles every other node and relationship cites by id.
// Sources: belsat-bolton-visit-2019 = seeds/000_c94472429a1dd2fc.txt, lukashenko-fresh-start-2019 = seeds/002_53a5779afd185df0.txt.

UNWIND [
  {id: 'belsat-bolton-visit-2019', name: 'Bolton’s visit to Belarus: new stage in Belarus-US relations?', aliases: ['Bolton’s visit to Belarus'], searchKeys: ['boltons visit to belarus new stage in belarus us relations', 'boltons visit to belarus'], title: 'Bolton’s visit to Belarus: new stage in Belarus-US relations?', outlet: 'Belsat', author: 'Alesia Rudnik', file: '000_c94472429a1dd2fc.txt', coversDate: '2019-08-29', description: 'Belsat analysis by Alesia Rudnik of Bolton’s 29 August 2019 trip to Minsk, with background on Belarus-US relations since the 1990s.', sources: ['belsat-bolton-visit-2019']},
  {id: 'lukashenko-fresh-start-2019', name: 'Lukashenko Offers Fresh Start In Belarus-USA Relations To Trump’s Adviser', aliases: ['Lukashenko Offers Fresh Start'], searchKeys: ['lukashenko offers fresh start in belarus usa relations to trumps adviser', 'lukashenko offers fresh start'], title: 'Lukashenko Offers Fresh Start In Belarus-USA Relations To Trump’s Adviser', outlet: null, author: null, file: '002_53a5779afd185df0.txt', coversDate: '2019-08-29', description: 'Unsigned news report, crediting TUT.BY and president.gov.by, on the Lukashenka–Bolton talks of 29 August 2019 and the Kremlin’s reaction.', sources: ['lukashenko-fresh-start-2019']}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Document, n.name = row.name, n.aliases = row.aliases, n.searchKeys = row.searchKeys,
    n.description = row.description, n.sources = row.sources, n.title = row.title, n.outlet = row.outlet, n.author = row.author, n.file = row.file, n.coversDate = date(row.coversDate);

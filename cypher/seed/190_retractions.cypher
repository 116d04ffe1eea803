// Retractions: relationships an earlier version of the seed wrote that no article states and that are
// not kept as inferred. Deleting them here lets `npm run seed` over a store seeded before bring it to
// the graph a fresh seed gives; on a fresh store they match nothing.

// Belsat carries Alesia Rudnik's byline (AUTHORED) but says nothing of her being a member of Belsat.
MATCH (:Entity {id: 'alesia-rudnik'})-[r:MEMBER_OF]->(:Entity {id: 'belsat'})
DELETE r;

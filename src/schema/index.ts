import { lexicographicSortSchema } from 'graphql';
import { withAnswerBudget } from './answer-budget.ts';
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './connection.ts';
import './node.ts';
import './relation.ts';
import './graph-element.ts';
import './subgraph.ts';
import './path.ts';
import './search.ts';
import './person.ts';
import './organization.ts';
import './country.ts';
import './place.ts';
import './event.ts';
import './timeline.ts';
import './statement.ts';
import './document.ts';
import './topic.ts';
import './page-info.ts';
import './metrics.ts';
import './rankings.ts';
import './communities.ts';
import './coverage.ts';
import './graph-slice.ts';

builder.queryType({
  description:
    'Who is connected to whom in Belarus–US relations around John Bolton’s visit to Minsk (29 August 2019): ' +
    'search, look up, and traverse the actor graph. Every relationship names the source documents that state it.',
});

/** The API schema, types and fields in a stable order; every object field spends the request's budget. */
export const schema = withAnswerBudget(lexicographicSortSchema(builder.toSchema()));

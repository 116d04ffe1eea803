import { inputError } from '../errors.ts';
import { scanFor } from '../graph/keyset.ts';
import type { EventRecord } from '../graph/records.ts';
import type { GraphContext } from '../server/context.ts';
import { timelineCount, timelineCountOf, timelineEvents, timelineEventsOf, timelinePage, timelinePageOf } from '../store/queries.ts';
import { LIMITS, intInRange, textWithin } from './args.ts';
import { builder } from './builder.ts';
import type { ConnectionArgs } from './connection.ts';
import { CONNECTION_PAGES } from './page-sizes.ts';
import { connectionOf, countOnce, encodeCursor, pageRequest } from './connection.ts';
import type { DateOrder } from './enums.ts';
import { DateOrderEnum, EventTypeEnum } from './enums.ts';
import { REMOVED_AFTER } from './node.ts';

export const EventConnection = builder.connectionObject(
  { type: 'Event', name: 'EventConnection', description: 'A page of events.' },
  { name: 'EventEdge', description: 'One event of the page, with its cursor.' },
);

interface TimelineArgs {
  participant?: string | null;
  from?: string | null;
  to?: string | null;
  kinds?: readonly string[] | null;
}

function filtersOf(args: TimelineArgs) {
  if (args.from && args.to && args.from > args.to) {
    throw inputError('BAD_INPUT', 'from', `Argument "from" (${args.from}) is after "to" (${args.to}).`);
  }
  const participant = args.participant ? textWithin('participant', args.participant, LIMITS.idLength) : null;
  return { participant, filters: { from: args.from ?? null, to: args.to ?? null, eventTypes: [...(args.kinds ?? [])] } };
}

async function timelineConnection(args: TimelineArgs & ConnectionArgs & { orderBy: DateOrder }, ctx: GraphContext) {
  const { participant, filters } = filtersOf(args);
  const list = `timeline:${JSON.stringify([participant, filters])}`;
  const request = pageRequest(args, CONNECTION_PAGES.EventConnection, list, args.orderBy);
  const page = { ...filters, ...scanFor(request, args.orderBy === 'DATE_DESC'), sep: '' };
  const rows = participant ? await ctx.runner.run(timelinePageOf, { ...page, participant }) : await ctx.runner.run(timelinePage, page);
  const count = async () =>
    ((participant ? await ctx.runner.run(timelineCountOf, { ...filters, participant }) : await ctx.runner.run(timelineCount, filters))[0]?.count ?? 0);
  for (const event of rows) ctx.loaders.entity.prime(event.id, event);
  return connectionOf(rows, request, (event: EventRecord) => ({ cursor: encodeCursor(list, args.orderBy, dateKey(event)), node: event }), countOnce(count));
}

/** The sort key of a dated item (see cypher/queries/timeline-page.cypher). */
export function dateKey(item: { id: string; date: string | null }) {
  return { missing: item.date === null, primary: item.date, tie: item.id };
}

const filterArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  participant: t.arg.id({ description: 'Only events directly linked to this node, e.g. `john-bolton` or `belarus`.' }),
  from: t.arg({ type: 'Date', description: 'Only events on or after this day (undated events are left out).' }),
  to: t.arg({ type: 'Date', description: 'Only events on or before this day (undated events are left out).' }),
  kinds: t.arg({ type: [EventTypeEnum], description: 'Only events of these types (all when omitted).' }),
});

builder.queryFields((t) => ({
  timelineConnection: t.field({
    type: EventConnection,
    description:
      'Events in date order, either way (undated ones last), optionally only those linked to one participant, within a date range, ' +
      `of some event types; a page at a time: ${CONNECTION_PAGES.EventConnection.defaultSize} by default, at most ${LIMITS.listFirst}.`,
    args: {
      ...t.arg.connectionArgs(),
      ...filterArgs(t),
      orderBy: t.arg({ type: DateOrderEnum, defaultValue: 'DATE_ASC', required: true, description: 'Oldest or newest first.' }),
    },
    resolve: (_root, args, ctx) => timelineConnection(args, ctx),
  }),
  timeline: t.field({
    type: ['Event'],
    description:
      'Events in date order (undated ones last), optionally only those linked to one participant, within a date range, ' +
      'of some event types.',
    deprecationReason: `Use \`timelineConnection\`, which pages past the first ${LIMITS.listFirst} events and sorts either way. Removed after ${REMOVED_AFTER}.`,
    args: {
      ...filterArgs(t),
      first: t.arg.int({ defaultValue: 100, required: true, description: `Most events to return, 1 to ${LIMITS.listFirst}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const { participant, filters } = filtersOf(args);
      const limited = { ...filters, limit: intInRange('first', args.first, 1, LIMITS.listFirst) };
      const events = participant ? await ctx.runner.run(timelineEventsOf, { ...limited, participant }) : await ctx.runner.run(timelineEvents, limited);
      for (const event of events) ctx.loaders.entity.prime(event.id, event);
      return events;
    },
  }),
}));

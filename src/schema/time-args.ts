import type { builder } from './builder.ts';

type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]['arg'];

/** `asOf` and `includeUndated`, the same on every traversal that can look back in time. */
export function timeArgs(arg: ArgBuilder) {
  return {
    asOf: arg({
      type: 'Date',
      description:
        'See the graph as of this day: only relationships dated on or before it, and events and statements dated on or before it ' +
        '(people, organizations, places, topics and documents carry no date and are always seen). A date known only to the year ' +
        'or month counts from its first day. Omitted: everything.',
    }),
    includeUndated: arg.boolean({
      defaultValue: true,
      required: true,
      description: 'With `asOf`, whether relationships, events and statements that carry no date are seen too.',
    }),
  };
}

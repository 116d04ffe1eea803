/**
 * The timeline's buckets (queries/timeline-events.cypher, built by derived/030_timeline.cypher):
 * each event is in the bucket of the day it starts on, `YYYY-MM-DD`, counted in the
 * TimelineMonth of that month; an event that spans a period (it has an end date) in
 * SPANNING, read by every timeline; an undated one in UNDATED, after every month.
 */
export const SPANNING = 'span';
export const UNDATED = 'undated';

/** The timeline bucket of an event with these dates (ISO strings). */
export function timelineDayOf(date: string | null, endDate: string | null): string {
  if (endDate) return SPANNING;
  if (!date) return UNDATED;
  return date.slice(0, 10);
}

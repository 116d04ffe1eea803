import { el, replace } from './dom.ts';
import { formatDate, words } from './format.ts';
import { timeline } from './queries.ts';
import type { TimelineEvent } from './types.ts';

export interface TimelineOptions {
  /** The analyst clicked an event: bring it into the graph and select it. */
  onPick(id: string): void;
  /** The events now listed, and whether a range or participant narrowed them: the graph marks them. */
  onList(ids: ReadonlySet<string>, filtered: boolean): void;
  /** The node selected in the graph, for "only its events". */
  selected(): { id: string; name: string } | null;
  onError(error: unknown): void;
}

/** Events in date order within a date range; events present in the graph are marked. */
export function mountTimeline(root: HTMLElement, options: TimelineOptions) {
  const from = el('input', { type: 'date', name: 'from', 'aria-label': 'From', min: '1900-01-01', max: '2099-12-31' });
  const to = el('input', { type: 'date', name: 'to', 'aria-label': 'To', min: '1900-01-01', max: '2099-12-31' });
  const onlySelected = el('input', { type: 'checkbox', name: 'onlySelected' });
  const caption = el('span', { class: 'muted timeline-caption' });
  const list = el('ol', { class: 'events', 'aria-label': 'Events' });
  let inView: ReadonlySet<string> = new Set();

  async function load(): Promise<void> {
    const participant = onlySelected.checked ? options.selected() : null;
    try {
      const events = await timeline(from.value || null, to.value || null, participant?.id ?? null);
      const range = from.value || to.value ? ` from ${from.value ? formatDate(from.value) : 'the start'} to ${to.value ? formatDate(to.value) : 'today'}` : '';
      caption.textContent = `${events.length} event${events.length === 1 ? '' : 's'}${range}${participant ? ` linked to ${participant.name}` : ''}`;
      replace(list, ...(events.length ? events.map(renderEvent) : [el('li', { class: 'empty' }, 'No events in this range.')]));
      options.onList(new Set(events.map((event) => event.id)), Boolean(range || participant));
      mark(inView);
    } catch (error) {
      options.onError(error);
    }
  }

  function renderEvent(event: TimelineEvent): HTMLElement {
    return el(
      'li',
      { 'data-id': event.id },
      el(
        'button',
        { type: 'button', class: 'event', title: 'Show in the graph', onclick: () => options.onPick(event.id) },
        el('time', { datetime: event.date ?? undefined }, event.date ? formatDate(event.date, event.datePrecision) : event.dateText ?? 'undated'),
        el('span', { class: 'event-name' }, event.name),
        event.eventType ? el('span', { class: 'event-type' }, words(event.eventType)) : null,
      ),
    );
  }

  /** Marks the listed events the graph shows. */
  function mark(ids: ReadonlySet<string>): void {
    inView = ids;
    for (const item of list.querySelectorAll<HTMLElement>('li[data-id]')) item.classList.toggle('in-view', ids.has(item.dataset.id ?? ''));
  }

  const reset = () => {
    from.value = '';
    to.value = '';
    onlySelected.checked = false;
    void load();
  };
  replace(
    root,
    el(
      'form',
      { class: 'timeline-bar', onsubmit: (event: Event) => (event.preventDefault(), void load()) },
      el('h2', {}, 'Timeline'),
      el('label', {}, 'From ', from),
      el('label', {}, 'To ', to),
      el('label', { class: 'check' }, onlySelected, ' only the selected node’s events'),
      el('button', { type: 'submit' }, 'Apply'),
      el('button', { type: 'button', onclick: reset }, 'Reset'),
      caption,
    ),
    list,
  );
  return { load, mark, setRange: (start: string, end: string) => ((from.value = start), (to.value = end)) };
}

import { debounce, el, replace } from './dom.ts';
import { KIND_STYLE, words } from './format.ts';
import { search } from './queries.ts';
import type { Kind, SearchHit } from './types.ts';

export interface SearchPanelOptions {
  /** The analyst picked a hit: show it in the graph. */
  onPick(hit: SearchHit): void;
  onError(error: unknown): void;
}

/** Search in any spelling; each hit shows its kind, what matched (another name, a role, the description) and its other names. */
export function mountSearchPanel(root: HTMLElement, options: SearchPanelOptions): void {
  const input = el('input', { type: 'search', name: 'query', placeholder: 'A name in any spelling, e.g. Lukashenko', 'aria-label': 'Search names', autocomplete: 'off' });
  const kindSelect = el('select', { name: 'kind', 'aria-label': 'Only this kind' }, el('option', { value: '' }, 'All kinds'));
  for (const [kind, style] of Object.entries(KIND_STYLE)) kindSelect.append(el('option', { value: kind }, style.label));
  const results = el('ol', { class: 'hits', 'aria-label': 'Search results' });

  let latest = 0;
  async function run(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) return replace(results);
    try {
      const hits = await search(query, kindSelect.value ? [kindSelect.value as Kind] : null);
      if (ticket !== latest) return;
      replace(results, ...(hits.length ? hits.map(renderHit) : [el('li', { class: 'empty' }, `Nothing matches “${query}”.`)]));
    } catch (error) {
      options.onError(error);
    }
  }
  const runSoon = debounce(() => void run(), 250);

  function renderHit(hit: SearchHit): HTMLElement {
    const { node } = hit;
    const others = node.aliases.filter((alias) => alias !== node.name);
    const line = matchedLine(hit);
    return el(
      'li',
      {},
      el(
        'button',
        { type: 'button', class: 'hit', 'data-id': node.id, title: `Show ${node.name} in the graph`, onclick: () => options.onPick(hit) },
        el('span', { class: 'hit-head' }, kindBadge(node.kind), el('strong', {}, node.name)),
        line ? el('span', { class: 'matched' }, line) : null,
        others.length ? el('span', { class: 'aliases' }, `also: ${others.slice(0, 4).join(' · ')}${others.length > 4 ? ` · +${others.length - 4} more` : ''}`) : null,
        el('span', { class: 'match-type' }, words(hit.matchType)),
      ),
    );
  }

  const form = el('form', { class: 'search-form', role: 'search', onsubmit: (event: Event) => (event.preventDefault(), void run()) }, input, kindSelect, el('button', { type: 'submit' }, 'Search'));
  input.addEventListener('input', runSoon);
  kindSelect.addEventListener('change', () => void run());
  replace(root, el('h2', {}, 'Search'), form, results);
}

/** What matched, where it is not the name shown: another name, a role the node holds, or its description. */
function matchedLine(hit: SearchHit): string {
  if (hit.matchedField === 'ROLE') return hit.matchedText ? `matched the role “${hit.matchedText}”` : 'matched a role';
  if (hit.matchedField === 'DESCRIPTION') return 'matched its description';
  return hit.matchedAlias && hit.matchedAlias !== hit.node.name ? `matched “${hit.matchedAlias}”` : '';
}

export function kindBadge(kind: Kind): HTMLElement {
  const style = KIND_STYLE[kind];
  return el('span', { class: 'badge', style: `--kind:${style.color}`, 'data-kind': kind }, style.label);
}

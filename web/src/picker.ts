import { debounce, el, replace } from './dom.ts';
import { kindBadge } from './search-panel.ts';
import { search } from './queries.ts';

export interface Picked {
  id: string;
  name: string;
}

/**
 * A name field with suggestions for the path finder. The analyst may pick a suggestion, or
 * just type a name: `resolve()` then takes the best search hit.
 */
export function createPicker(label: string, placeholder: string) {
  const input = el('input', { type: 'search', placeholder, 'aria-label': label, autocomplete: 'off' });
  const list = el('ul', { class: 'suggestions', role: 'listbox' });
  let picked: Picked | null = null;
  let onPick: ((node: Picked) => void) | null = null;

  const suggest = debounce(async () => {
    const query = input.value.trim();
    if (picked || query.length < 2) return replace(list);
    const hits = await search(query, null, 6).catch(() => []);
    if (picked || input.value.trim() !== query) return;
    replace(
      list,
      ...hits.map((hit) =>
        el('li', { role: 'option' }, el('button', { type: 'button', 'data-id': hit.node.id, onclick: () => set(hit.node) }, kindBadge(hit.node.kind), ` ${hit.node.name}`)),
      ),
    );
  }, 200);

  input.addEventListener('input', () => {
    picked = null;
    suggest();
  });

  function set(node: Picked): void {
    picked = { id: node.id, name: node.name };
    input.value = node.name;
    replace(list);
    onPick?.(picked);
  }

  /** The chosen node: the picked suggestion, else the best hit for what was typed. */
  async function resolve(): Promise<Picked | null> {
    if (picked) return picked;
    const query = input.value.trim();
    if (!query) return null;
    const [best] = await search(query, null, 1);
    if (best) set(best.node);
    return best ? picked : null;
  }

  const element = el('label', { class: 'picker' }, el('span', { class: 'picker-label' }, label), input, list);
  // Suggestions close on Escape and when focus leaves the field and its list.
  input.addEventListener('keydown', (event) => event.key === 'Escape' && replace(list));
  element.addEventListener('focusout', (event) => {
    if (!element.contains(event.relatedTarget as Node | null)) replace(list);
  });
  return {
    element,
    set,
    resolve,
    input,
    /** Calls `listener` whenever a node is picked (a suggestion, or the best hit for what was typed). */
    onPick(listener: (node: Picked) => void) {
      onPick = listener;
    },
    clear() {
      picked = null;
      input.value = '';
      replace(list);
    },
  };
}

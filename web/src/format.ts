import type { Kind } from './types.ts';

/** Colours and shapes per kind: the graph, the legend and the badges share them. */
export const KIND_STYLE: Record<Kind, { color: string; shape: string; label: string }> = {
  PERSON: { color: '#2563eb', shape: 'ellipse', label: 'Person' },
  ORGANIZATION: { color: '#059669', shape: 'round-rectangle', label: 'Organization' },
  COUNTRY: { color: '#b45309', shape: 'hexagon', label: 'Country' },
  PLACE: { color: '#7c3aed', shape: 'triangle', label: 'Place' },
  EVENT: { color: '#dc2626', shape: 'diamond', label: 'Event' },
  STATEMENT: { color: '#0e7490', shape: 'round-tag', label: 'Statement' },
  DOCUMENT: { color: '#4b5563', shape: 'rectangle', label: 'Document' },
  TOPIC: { color: '#be185d', shape: 'octagon', label: 'Topic' },
};

/** Twelve colours told apart easily; communities beyond them share colours. */
const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9333ea', '#ea580c', '#0d9488', '#4b5563'];
const communityColors = new Map<string, string>();

/** A community's colour: the next colour of the palette the first time it is seen, the same one after. */
export function communityColor(community: string): string {
  let color = communityColors.get(community);
  if (!color) {
    color = PALETTE[communityColors.size % PALETTE.length]!;
    communityColors.set(community, color);
  }
  return color;
}

/** A share from 0 to 1 as a colour from pale yellow to dark red. */
export function metricColor(share: number): string {
  const t = Math.min(1, Math.max(0, share));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(254, 153)}, ${mix(240, 27)}, ${mix(138, 27)})`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2019-08-29` → `29 Aug 2019`; a year-only date shows as its year, a month-only one as `Aug 2019`. */
export function formatDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  if (precision === 'YEAR') return year ?? date;
  if (precision === 'MONTH') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** `MET_WITH` → `met with`; `GOVERNMENT_BODY` → `government body`. */
export function words(constant: string | null | undefined): string {
  return (constant ?? '').toLowerCase().replaceAll('_', ' ');
}

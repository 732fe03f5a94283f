import { ICONS, type IconName } from '../../../templates/icons/tabler.js';
import type { FileKind } from '../registry.js';
import { esc } from './html.js';

export type { IconName };

/**
 * A pictogram of the set the PDFs draw (Tabler Icons, templates/icons, MIT),
 * as inline SVG in the colour of the text beside it. Always beside words that
 * say the same: hidden from assistive technology, and never focusable.
 */
export function icon(name: IconName, cls = 'icon'): string {
  const paths = ICONS[name].map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}/>`).join('');
  return `<svg class="${cls}" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;
}

/** The pictogram beside a download of each kind. */
export const KIND_ICONS: Record<FileKind, IconName> = {
  draaiboek: 'draaiboek',
  werkblad: 'werkblad',
  'werkblad-invulbaar': 'werkblad',
  'werkplaat-A3': 'werkplaat',
  'werkplaat-2xA4': 'werkplaat',
  'werkplaat-png': 'werkplaat',
  'werkplaat-svg': 'werkplaat',
  'kaarten-A4': 'kaarten',
  'kaarten-drukker': 'kaarten',
  presentatie: 'groep',
  bundel: 'printer',
  gebruiksaanwijzer: 'draaiboek',
  overzicht: 'werkblad',
  'sessie-gewoon': 'printer',
  'sessie-stevig': 'printer',
  'sessie-A3': 'printer',
  zip: 'printer',
};

export { materialIcon } from '../../../templates/materialIcon.js';

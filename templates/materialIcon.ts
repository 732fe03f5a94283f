import type { Use } from '../src/model/types.js';
import type { IconName } from './icons/tabler.js';

/** The pictogram of a material a step uses. */
export const materialIcon = (use: Use): IconName => (use.startsWith('werkplaat') ? 'werkplaat' : use === 'kaarten' ? 'kaarten' : use === 'werkblad' ? 'werkblad' : 'film');

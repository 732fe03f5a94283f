import { createElement } from 'react';
import type { Package, Toolkit } from '../model/types.js';
import { Werkblad } from '../../templates/Werkblad.js';
import { render } from './engine.js';

export async function renderWerkblad(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  // Loaded only for a film with a link: most packages have none, and it costs 30 ms to load.
  const qr = pkg.film.url ? (await import('./qr.js')).qrModules(pkg.film.url) : undefined;
  return render(createElement(Werkblad, { toolkit, pkg, qr }));
}

import { createElement } from 'react';
import type { Package, Toolkit } from '../model/types.js';
import { Werkblad } from '../../templates/Werkblad.js';
import { render } from './engine.js';
import { qrModules } from './qr.js';

export function renderWerkblad(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  const qr = pkg.film.url ? qrModules(pkg.film.url) : undefined;
  return render(createElement(Werkblad, { toolkit, pkg, qr }));
}

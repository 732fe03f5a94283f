import { createElement } from 'react';
import type { Package, Toolkit } from '../../../model/types.js';
import type { Slide } from '../../../model/slides.js';
import { Slides } from '../../../../templates/Slides.js';
import { render } from '../../../render/engine.js';

export async function renderSlides(toolkit: Toolkit, pkg: Package, slides: Slide[]): Promise<Uint8Array> {
  const qr = pkg.film.url ? (await import('../../../render/qr.js')).qrModules(pkg.film.url) : undefined;
  return render(createElement(Slides, { toolkit, pkg, slides, qr }));
}

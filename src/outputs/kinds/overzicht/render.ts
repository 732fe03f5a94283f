import { createElement } from 'react';
import type { Package, Toolkit } from '../../../model/types.js';
import { Overview } from '../../../../templates/Overview.js';
import { render } from '../../../render/engine.js';

/** `overzicht-A4.pdf`: the packages by theme, each with what it contains. */
export function renderOverview(toolkit: Toolkit, packages: Package[]): Promise<Uint8Array> {
  return render(createElement(Overview, { toolkit, packages }));
}

import { createElement } from 'react';
import type { Toolkit } from '../../../model/types.js';
import { Guide } from '../../../../templates/Guide.js';
import { render } from '../../../render/engine.js';

/** `gebruiksaanwijzer-A4.pdf`: how to use and print the toolkit. */
export function renderGuide(toolkit: Toolkit): Promise<Uint8Array> {
  return render(createElement(Guide, { toolkit }));
}

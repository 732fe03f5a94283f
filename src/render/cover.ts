import { createElement } from 'react';
import type { Package, Toolkit } from '../model/types.js';
import { PackageCover } from '../../templates/PackageCover.js';
import { render } from './engine.js';

/** One A4 page that opens a package in a theme bundle. */
export function renderCover(toolkit: Toolkit, pkg: Package): Promise<Uint8Array> {
  return render(createElement(PackageCover, { toolkit, pkg }));
}

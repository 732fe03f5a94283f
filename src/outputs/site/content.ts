import type { Package, Toolkit } from '../../model/types.js';
import { themeContent, toolkitContent } from '../content.js';
import { PACKAGE_FAMILIES } from '../kinds/index.js';

/*
 * What the site's pages show of the model, picked field by field as the PDF
 * families pick theirs: a package page shows what its PDFs show.
 */

export const pageContent = (pkg: Package) => Object.values(PACKAGE_FAMILIES).map((family) => family.content(pkg));

export const siteToolkitContent = (t: Toolkit) => ({ ...toolkitContent(t), date: t.date });

export const guideContent = (t: Toolkit) => t.guide.map(({ heading, text }) => ({ heading, text }));

export const themesContent = (t: Toolkit) => t.themes.map(themeContent);

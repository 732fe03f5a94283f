import type { Package, Theme, Toolkit } from '../model/types.js';

/*
 * What of the model an output shows, picked field by field: a fingerprint is
 * a hash of what its job reads, and source places (`at`, `file`, `texts`),
 * which only place error messages, are simply not picked.
 */

// `implicit` only where set: a toolkit with themes keeps the fingerprints it had.
export const themeContent = ({ id, name, colour, cmyk, slug, implicit }: Theme) => ({ id, name, colour, cmyk, slug, ...(implicit ? { implicit } : {}) });

/** What of toolkit.yaml every output shows: not the guide or the mail template. */
export const toolkitContent = ({ title, version, contact, cards, themes }: Toolkit) => ({
  title,
  version,
  contact: { name: contact.name, email: contact.email, web: contact.web },
  cards: { width_mm: cards.width_mm, height_mm: cards.height_mm },
  themes: themes.map(themeContent),
});

/** What every package output shows in its head. */
export const packageHead = (pkg: Package) => ({ number: pkg.number, id: pkg.id, title: pkg.title, theme: themeContent(pkg.theme) });

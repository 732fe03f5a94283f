/** The layouts a werkplaat can have: templates/werkplaat has one component each. */
export const LAYOUTS = ['columns', 'grid', 'sliders', 'cycle', 'canvas'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

import type { Loc } from '../errors.js';
import type { Area, Axes, Card, CardKind, Limits, PackageSource, Slider, ThemeSource, ToolkitSource, Werkplaat } from '../content/schemas.js';
import type { Facilitation as FacilitationSource, Step } from '../content/facilitation.js';

/** A theme as toolkit.yaml gives it, with what the loader adds. */
export type Theme = Omit<ThemeSource, 'at'> & {
  slug: string;
  /** The one theme of a toolkit without themes: named after the toolkit, never printed as "Thema". */
  implicit?: boolean;
  /** Where the colour is written in toolkit.yaml, for messages about it. */
  at?: Loc;
};

// The content types come from the schema (src/content/schemas.ts): one source of truth.
// The model adds what the loader derives (ids, slugs, the theme object, defaults).
export type { Area, Axes, Card, CardKind, Limits, Slider, Werkplaat };
export { LAYOUTS, type LayoutName } from '../content/layouts.js';

export type Film = Omit<PackageSource['film'], 'at'>;

/** A material of the package a plan step uses: `film`, `werkblad`, `kaarten` or `werkplaat N`. */
export type Use = string;

export type PlanStep = Omit<Step, 'uses'> & { uses: Use[] };

/** How to run a session with the package: for the draaiboek. */
export type Facilitation = Omit<FacilitationSource, 'plan'> & { plan: PlanStep[] };

export type Package = Omit<PackageSource, 'theme' | 'film' | 'werkplaten' | 'cards' | 'facilitation' | 'at'> & {
  film: Film;
  /** `08-hoort-het-of-helpt-het`: the stem of the source file and of every output. */
  id: string;
  slug: string;
  theme: Theme;
  werkplaten: Werkplaat[];
  cards: Card[];
  facilitation?: Facilitation;
  file: string;
  /** Every text of the source with its place, for the glyph check. */
  texts: { text: string; at: Loc }[];
};

export type GuideSection = Omit<NonNullable<ToolkitSource['guide']>[number], 'at'>;

export type Toolkit = Omit<ToolkitSource, 'themes' | 'colour' | 'cmyk' | 'limits' | 'guide' | 'at'> & {
  /** The toolkit's themes; without themes in toolkit.yaml, one implicit theme for the whole toolkit. */
  themes: Theme[];
  /** True when toolkit.yaml has no themes: outputs then never name a theme. */
  themeless: boolean;
  limits: Limits;
  guide: GuideSection[];
  file: string;
  texts: { text: string; at: Loc }[];
};

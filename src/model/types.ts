import type { Loc } from '../errors.js';

export interface Theme {
  id: string;
  name: string;
  colour: string;
  /** The same colour for the print shop: cyan, magenta, yellow, black in percent. */
  cmyk: [number, number, number, number];
  slug: string;
  /** Where the colour is written in toolkit.yaml, for messages about it. */
  at?: Loc;
}

export interface Film {
  title: string;
  url?: string;
  password?: string;
}

export type CardKind = 'denk' | 'doe';

export interface Card {
  kind: CardKind;
  title: string;
  text: string;
  at: Loc;
}

export interface Area {
  heading: string;
  prompt: string;
  at: Loc;
}

export interface Slider {
  heading: string;
  left: string;
  right: string;
  at: Loc;
}

export const LAYOUTS = ['columns', 'grid', 'sliders', 'cycle', 'canvas'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Werkplaat {
  title: string;
  layout: LayoutName;
  instruction: string;
  areas: Area[];
  centre?: Area;
  sliders: Slider[];
  at: Loc;
}

/** A material of the package a plan step uses: `film`, `werkblad`, `kaarten` or `werkplaat N`. */
export type Use = string;

export interface PlanStep {
  minutes: number;
  title: string;
  text: string;
  /** What to get ready beforehand, beyond the materials in `uses`. */
  prepare?: string;
  uses: Use[];
  at: Loc;
}

/** How to run a session with the package: for the draaiboek. */
export interface Facilitation {
  audience: string;
  when: string;
  /** Steps that add up to 60 minutes. */
  plan: PlanStep[];
  /** A 15-minute version for the start of a team meeting. */
  short: string;
  tips: string[];
  at: Loc;
}

export interface Package {
  number: number;
  /** `08-hoort-het-of-helpt-het`: the stem of the source file and of every output. */
  id: string;
  slug: string;
  theme: Theme;
  title: string;
  intro: string;
  film: Film;
  questions: string[];
  werkplaten: Werkplaat[];
  cards: Card[];
  /** The idea behind the package in 150-250 words, for when the film can't be shown. */
  background?: string;
  facilitation?: Facilitation;
  file: string;
  /** Every text of the source with its place, for the glyph check. */
  texts: { text: string; at: Loc }[];
}

export interface GuideSection {
  heading: string;
  text: string;
}

export interface Toolkit {
  title: string;
  version: string;
  /** Release date, YYYY-MM-DD: stamped into every PDF. */
  date: string;
  contact: { name: string; email: string; web?: string };
  cards: { width_mm: number; height_mm: number };
  themes: Theme[];
  guide: GuideSection[];
  mail?: { subject: string; body: string };
  file: string;
  texts: { text: string; at: Loc }[];
}

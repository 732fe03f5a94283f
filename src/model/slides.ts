/**
 * Which slides a package gets, and the speaker notes of each: pure, from the
 * package's draaiboek (its plan) and werkblad. The template draws them
 * (templates/Slides.tsx); the notes go on as PDF annotations (notes.ts).
 */
import type { Film, Package } from './types.js';

/** At most this many questions on one slide: large enough to read from the back of a room. */
export const QUESTIONS_PER_SLIDE = 3;

export type Slide = { notes: string[] } & (
  | { type: 'title' }
  | { type: 'film'; film: Film }
  | { type: 'step'; step: number; steps: number; minutes: number; title: string; text: string; uses: string[] }
  | { type: 'werkplaat'; number: number; title: string; instruction?: string; areas: string[] }
  | { type: 'questions'; first: number; questions: string[] }
  | { type: 'agreement'; doekaarten: string[] }
);

/** How the draaiboek names a material on a slide: `werkplaat 1` is said with its title. */
function useLabel(pkg: Package, use: string): string {
  const w = /^werkplaat (\d)$/.exec(use);
  if (w) return `Werkplaat ${w[1]}: ${pkg.werkplaten[Number(w[1]) - 1]?.title ?? ''}`.replace(/: $/, '');
  return { film: 'Film', werkblad: 'Werkblad', kaarten: 'Denk- en doekaarten' }[use] ?? use;
}

const werkplaatSlide = (pkg: Package, i: number): Slide => {
  const w = pkg.werkplaten[i]!;
  const areas = [...w.areas, ...(w.centre ? [w.centre] : [])].map((a) => a.heading);
  const sliders = w.sliders.map((s) => s.heading);
  return { type: 'werkplaat', number: i + 1, title: w.title, instruction: w.instruction, areas: areas.length ? areas : sliders, notes: [] };
};

function questionSlides(pkg: Package, notes: string[]): Slide[] {
  const out: Slide[] = [];
  for (let i = 0; i < pkg.questions.length; i += QUESTIONS_PER_SLIDE)
    out.push({ type: 'questions', first: i + 1, questions: pkg.questions.slice(i, i + QUESTIONS_PER_SLIDE), notes: i === 0 ? notes : [] });
  return out;
}

/**
 * Title, then the plan step by step; a step that uses the film, a werkplaat
 * or the werkblad is followed by the film, that werkplaat or the questions.
 * Without a plan: title, film, werkplaten, questions. The agreement closes.
 * Each material is shown once, where it is first used.
 */
export function deckOf(pkg: Package): Slide[] {
  const f = pkg.facilitation;
  const title: Slide = { type: 'title', notes: f ? [`Voor wie: ${f.audience}`, `Wanneer: ${f.when}`] : [] };
  const film: Slide = { type: 'film', film: pkg.film, notes: [] };
  const doekaarten = pkg.cards.filter((c) => c.kind === 'doe').map((c) => c.title);
  const agreement: Slide = { type: 'agreement', doekaarten, notes: f ? f.tips.map((t) => `Tip: ${t}`) : [] };
  if (!f) return [title, film, ...pkg.werkplaten.map((_, i) => werkplaatSlide(pkg, i)), ...questionSlides(pkg, []), agreement];

  const shown = new Set<string>();
  const slides: Slide[] = [title];
  f.plan.forEach((s, i) => {
    const notes = [...(s.prepare ? [`Klaarleggen: ${s.prepare}`] : [])];
    slides.push({ type: 'step', step: i + 1, steps: f.plan.length, minutes: s.minutes, title: s.title, text: s.text, uses: s.uses.map((u) => useLabel(pkg, u)), notes });
    for (const use of s.uses) {
      if (shown.has(use)) continue;
      shown.add(use);
      const w = /^werkplaat (\d)$/.exec(use);
      if (use === 'film') slides.push(film);
      else if (w && pkg.werkplaten[Number(w[1]) - 1]) slides.push(werkplaatSlide(pkg, Number(w[1]) - 1));
      else if (use === 'werkblad') slides.push(...questionSlides(pkg, [`Stap ${i + 1}: ${s.text}`]));
    }
  });
  // A plan that never shows the film or the questions still has them: the werkblad carries both.
  if (!shown.has('film')) slides.splice(1, 0, film);
  if (!shown.has('werkblad')) slides.push(...questionSlides(pkg, []));
  slides.push(agreement);
  return slides;
}

/** A slide's heading, the same on the beamer PDF and the HTML presentation. */
export function headingOf(s: Slide): string {
  switch (s.type) {
    case 'film':
      return `Film: ${s.film.title}`;
    case 'step':
      return s.title;
    case 'werkplaat':
      return `Werkplaat ${s.number}: ${s.title}`;
    case 'questions':
      return 'Vragen';
    case 'agreement':
      return 'Onze afspraak';
    default:
      return '';
  }
}

/** The small line above a slide's heading: which step, which questions. */
export function tagOf(s: Slide): string | undefined {
  if (s.type === 'step') return `Stap ${s.step} van ${s.steps} · ${s.minutes} minuten`;
  if (s.type === 'questions') return `Vraag ${s.first}${s.questions.length > 1 ? ` tot en met ${s.first + s.questions.length - 1}` : ''} van het werkblad`;
  return undefined;
}

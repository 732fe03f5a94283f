/**
 * A number of places (threads that draw, or this thread): a job takes one and
 * gives it back when done. Who waits longest does not go first: the lowest
 * rank does (the earliest group in the plan, then its earliest job), so that
 * groups started side by side still finish in plan order.
 */
export class Lane {
  private free: number;
  private readonly waiting: { rank: readonly number[]; go: () => void }[] = [];

  constructor(places: number) {
    this.free = places;
  }

  async take(rank: readonly number[]): Promise<() => void> {
    if (this.free > 0) this.free--;
    else
      await new Promise<void>((go) => {
        this.waiting.push({ rank, go });
        this.waiting.sort((a, b) => compare(a.rank, b.rank));
      });
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next.go();
      else this.free++;
    };
  }
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

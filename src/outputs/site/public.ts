import type { Project } from '../../model/load.js';
import type { Job } from '../../run/job.js';
import { hash } from '../../run/fingerprint.js';
import { CACHE_DIR } from '../../run/cache.js';
import { siteGroup } from './jobs.js';

/** Where the site's own copies of the PDFs without passwords are kept: in the cache folder, never beside the printed ones. */
const PUBLIC_DIR = `${CACHE_DIR}/zonder-wachtwoord/`;
const PUBLIC_ID = 'zonder-wachtwoord:';

export interface PublicPdfs {
  /** Jobs to run after the plan's own: the PDFs that carry a film password, made again without it. */
  jobs: Job[];
  /** The job that makes what the site shows of a PDF: the one without the password where there is one. */
  producer: (pdf: string) => string | undefined;
  /** The key under which a site job finds that PDF's bytes in its input. */
  fileOf: (pdf: string) => string;
}

/**
 * A film password is for the people in the room (the printed werkblad and
 * draaiboek, a mail to one person, a session), not for a website: the site's
 * copies of the PDFs that show one (werkblad, draaiboek, and the bundle of
 * their theme) are made from the project without the passwords. Which jobs
 * those are is found by comparing fingerprints, so a new output that shows
 * the password is covered without being listed here. Without `planOf` (a
 * site for inside the organisation) the site shows the printed PDFs.
 */
export function publicPdfs(project: Project, pdfs: Job[], planOf?: (project: Project) => Job[]): PublicPdfs {
  const byOutput = new Map(pdfs.filter((j) => !j.intermediate && !j.problems).flatMap((j) => j.outputs.map((o) => [o, j.id] as const)));
  const none: PublicPdfs = { jobs: [], producer: (p) => byOutput.get(p), fileOf: (p) => p };
  if (!planOf || !project.packages.some((p) => p.film.password)) return none;

  const stripped = { ...project, packages: project.packages.map((p) => (p.film.password ? { ...p, film: { ...p.film, password: undefined } } : p)) };
  const own = new Map(pdfs.map((j) => [j.id, j.fingerprint]));
  // The jobs that differ without the passwords, and every job made from one of them.
  const differs = new Set<string>();
  const again = planOf(stripped).filter((j) => {
    const changed = own.get(j.id) !== j.fingerprint || j.needs.some((n) => differs.has(n));
    if (changed) differs.add(j.id);
    return changed && !j.problems;
  });
  const renamed = (id: string) => (differs.has(id) ? PUBLIC_ID + id : id);
  const moved = (path: string) => PUBLIC_DIR + path;
  const jobs = again.map(
    (j): Job => ({
      ...j,
      // The site's own, in the group of the site's files of the same package or bundle.
      family: 'site',
      ...(j.group !== undefined && { group: siteGroup(j.group) }),
      facts: undefined,
      id: renamed(j.id),
      needs: j.needs.map(renamed),
      outputs: j.outputs.map(moved),
      fingerprint: hash('zonder-wachtwoord', j.fingerprint),
      intermediate: true,
      make: async (input) => {
        // The job reads its inputs and names its files as it always does; only where they are kept differs.
        const files = new Map([...input.files].map(([path, bytes]) => [path.startsWith(PUBLIC_DIR) ? path.slice(PUBLIC_DIR.length) : path, bytes]));
        return (await j.make({ files })).map((f) => ({ path: moved(f.path), bytes: f.bytes }));
      },
    }),
  );
  const publicOf = new Map(again.filter((j) => !j.intermediate).flatMap((j) => j.outputs.map((o) => [o, PUBLIC_ID + j.id] as const)));
  return {
    jobs,
    producer: (p) => publicOf.get(p) ?? byOutput.get(p),
    fileOf: (p) => (publicOf.has(p) ? moved(p) : p),
  };
}

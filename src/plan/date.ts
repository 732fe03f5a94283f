import { problem, ToolkitError, type Problem } from '../errors.js';
import type { Project } from '../model/load.js';

/** The years a date in a PDF may have: a zip's DOS time starts at 1980, and a later year is a typo. */
export const FIRST_YEAR = 1980;
export const LAST_YEAR = 2099;

/** What is wrong with SOURCE_DATE_EPOCH, if it is set: not whole seconds, or outside FIRST_YEAR-LAST_YEAR. */
export function epochProblem(env: NodeJS.ProcessEnv = process.env): Problem | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  const shown = JSON.stringify(epoch.length > 40 ? `${epoch.slice(0, 40)}…` : epoch);
  if (!/^\d+$/.test(epoch)) return problem('source-date-epoch', { shown, why: 'dat is geen aantal seconden (alleen cijfers)' });
  const year = Number(epoch) < 1e13 ? new Date(Number(epoch) * 1000).getUTCFullYear() : Infinity;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR))
    return problem('source-date-epoch', { shown, why: `dat is ${Number.isFinite(year) ? `het jaar ${year}` : 'ver na het jaar 2099'}, en hij moet tussen ${FIRST_YEAR} en ${LAST_YEAR} liggen` });
  return undefined;
}

/**
 * The date stamped into every PDF. Never "now", so the same sources give the
 * same bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * else the release date written in data/toolkit.yaml. A SOURCE_DATE_EPOCH
 * that is not a date in range is a usage error, never ignored.
 */
export function sourceDate(project: Project, env = process.env): Date {
  const problem = epochProblem(env);
  if (problem) throw new ToolkitError('usage', [problem]);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch) return new Date(Number(epoch) * 1000);
  return new Date(`${project.toolkit.date}T00:00:00Z`);
}

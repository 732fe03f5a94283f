import type { Project } from '../model/load.js';

/**
 * The date stamped into every PDF. Never "now", so the same sources give the
 * same bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
 * else the release date written in data/toolkit.yaml.
 */
export function sourceDate(project: Project, env = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${project.toolkit.date}T00:00:00Z`);
}

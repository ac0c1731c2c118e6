/**
 * Seeding and resetting the local tenant's store.
 *   none: the demo people only, an empty PMO site (the web parts offer "Set up PMO lists").
 *   demo: the demo portfolio (local/src/seed/demo.ts). The lists are created by the production
 *         provisioning service over HTTP against this very tenant, exactly as a site owner's first
 *         visit would; the items then go straight into the store in one transaction.
 */
import { setMeta } from '../store.ts';
import { DEFAULT_USER, SITE_PATH, type TenantContext } from '../server.ts';
import { clearSharePoint } from '../sharepoint/api.ts';
import { clearGraph } from '../graph/api.ts';
import { createClientsFromUrls } from '../../../src/services/clients.ts';
import { createServices } from '../../../src/services/index.ts';
import { seedPeople } from './people.ts';
import { writeDemo, type DemoFigures } from './demo.ts';

/** none: the demo people only (an empty PMO site); demo: the whole demo portfolio. */
export type SeedKind = 'demo' | 'none';

export interface SeedReport {
  kind: SeedKind;
  /** Milliseconds: provisioning over HTTP, writing the items, in all. */
  ms: { provision: number; write: number; total: number };
  figures?: DemoFigures;
}

/** Empties SharePoint (lists and items) and Graph (groups, calendars, plans, mail); the people stay. */
export function resetStore(ctx: TenantContext): void {
  clearSharePoint(ctx.db);
  clearGraph(ctx.db);
  ctx.db.exec("DELETE FROM meta WHERE key = 'seeded'");
}

/** Fills an empty store. `origin` is this tenant's own https origin (the provisioning calls go there). */
export async function seed(ctx: TenantContext, origin: string, kind: SeedKind, now = new Date()): Promise<SeedReport> {
  const started = Date.now();
  seedPeople(ctx.db);
  const report: SeedReport = { kind, ms: { provision: 0, write: 0, total: 0 } };
  if (kind === 'demo') {
    const services = createServices(createClientsFromUrls({ siteUrl: `${origin}${SITE_PATH}`, graphBaseUrl: origin, user: DEFAULT_USER }));
    await services.provisioning.ensure();
    report.ms.provision = Date.now() - started;
    const t = Date.now();
    report.figures = writeDemo(ctx.db, now);
    report.ms.write = Date.now() - t;
  }
  setMeta(ctx.db, 'seeded', kind);
  report.ms.total = Date.now() - started;
  return report;
}

/** One line for the console: what the demo holds and how long it took. */
export function describeSeed(r: SeedReport): string {
  if (!r.figures) return `people only (${r.ms.total} ms)`;
  const f = r.figures;
  return (
    `${f.projects} projects, ${f.groups} groups with plans (${f.tasks} tasks), ${f.events} events (${f.series} series, ${f.occurrencesInWindow} meetings in the 3 months around today), ` +
    `${f.meetings} PMO meetings, ${f.actions} actions, ${f.raid} RAID entries, ${f.costs} cost lines, ${f.allocations} allocations, ${f.statusReports} status reports ` +
    `in ${r.ms.total} ms (lists provisioned over HTTP in ${r.ms.provision} ms, items written in ${r.ms.write} ms)`
  );
}

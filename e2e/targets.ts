// Where each site the browser tests visit is served: one port each, from E2E_PORT (3100) up.
const first = Number(process.env.E2E_PORT ?? 3100);

const target = (offset: number) => ({ port: first + offset, url: `http://127.0.0.1:${first + offset}` });

export const E2E = {
  /** `npm start` of the fixture site's build (tests/fixtures/site) */
  server: target(0),
  /** `npm start` of the imported academicpages fixture (.e2e-site) */
  imported: target(1),
  /** the fixture site's static export (.e2e-fixture/out) */
  export: target(2),
  /** its export with BASE_PATH=/site (.e2e-fixture/out-site) */
  basePath: target(3),
  /** the imported fixture's static export */
  importedExport: target(4),
  /** the French and Arabic fixture sites' exports */
  fr: target(5),
  ar: target(6),
  /** an al-folio-style site with publications from BibTeX (tests/fixtures/sites/scholar), exported */
  scholar: target(7),
  /** `npm start` of the fixture site with a client component added (.e2e-client) */
  client: target(8),
  /** the al-folio fixture (tests/fixtures/al-folio), imported and exported */
  alFolio: target(9),
  /** `next dev` on a copy of the app and the fixture site (.e2e-dev), started by e2e/dev-preview.spec.ts */
  dev: target(10),
};

/** The fixture site the main browser tests visit, and what its content says. */
export const FIXTURE = {
  profile: 'tests/fixtures/site/content/profile.md',
  url: 'https://grace-hopper.example.org',
  name: 'Grace Hopper',
};

/**
 * The explorer in headless Chromium against the real app on the seeded embedded store:
 * search → expand → truncation → path → details → timeline → export, asserting on what the
 * page shows. Screenshots land in test-results/screenshots/. Without /usr/bin/chromium the
 * suite is skipped with its reason (scripts/install-browser.sh installs it); REQUIRE_BROWSER=1
 * turns that skip into a failure, for CI that installed it.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoGraphQLErrors, seededStore, testApp } from '../testkit/graph.ts';
import { listenWithExplorer } from './explorer-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = 'test-results/screenshots';
const skip = existsSync(CHROMIUM) ? null : `${CHROMIUM} is absent; run scripts/install-browser.sh`;

if (skip) {
  console.warn(`Explorer browser tests skipped: ${skip}`);
  if (process.env.REQUIRE_BROWSER === '1') it('needs Chromium (REQUIRE_BROWSER=1)', () => expect.fail(skip));
}

describe.skipIf(skip)(`explorer in Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let gql: ReturnType<typeof testApp>['gql'];
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const store = await seededStore();
    const test = testApp(store);
    gql = test.gql;
    ({ server, base } = await listenWithExplorer(test.app));
    await mkdir(SHOTS, { recursive: true });
    profile = await mkdtemp(join(tmpdir(), 'explorer-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });
  const idle = () => page.waitForFunction(() => document.body.dataset.busy === 'false');
  const text = (selector: string) => page.locator(selector).innerText();
  const counts = () => text('.counts');

  it('opens with search, filters, timeline and a way to start', async () => {
    await page.goto(`${base}/`);
    await page.locator('.start-hint button[data-id="john-bolton"]').waitFor();
    await page.locator('.timeline-caption', { hasText: 'events' }).waitFor();
    expect(await page.title()).toContain('Actor graph explorer');
    expect(await page.locator('input[name="relationshipType"]').count()).toBe(27);
    expect(await counts()).toBe('0 nodes · 0 edges in view');
    await shot('01-start');
  });

  it('finds Lukashenka when asked for Lukashenko, with kind and aliases', async () => {
    await page.getByLabel('Search names').fill('Lukashenko');
    const hit = page.locator('.hit[data-id="aliaksandr-lukashenka"]');
    await hit.waitFor();
    const shown = await hit.innerText();
    expect(shown).toContain('Aliaksandr Lukashenka');
    expect(shown).toContain('Person');
    expect(shown).toContain('matched “Lukashenko”');
    expect(shown).toContain('Alexander Lukashenko');
    await shot('02-search-lukashenko');
  });

  it('finds a person by a role he holds, saying which', async () => {
    await page.getByLabel('Search names').fill('national security advisor');
    const hit = page.locator('.hit[data-id="john-bolton"]');
    await hit.waitFor();
    expect(await hit.innerText()).toContain('matched the role “National Security Advisor”');
  });

  it('shows Bolton’s neighbourhood and his meetings', async () => {
    await page.getByLabel('Search names').fill('Bolton');
    await page.locator('.hit[data-id="john-bolton"]').click();
    await page.locator('#details .detail-title', { hasText: 'John Bolton' }).waitFor();
    await idle();
    const { neighborhood } = expectNoGraphQLErrors(await gql('{ neighborhood(id: "john-bolton") { nodeCount edgeCount } }'));
    expect(await counts()).toBe(`${neighborhood.nodeCount} nodes · ${neighborhood.edgeCount} edges in view`);
    const meetings = await text('#details .detail-section:has(h3:text("Meetings"))');
    expect(meetings).toContain('Aliaksandr Lukashenka');
    expect(meetings).toContain('Uladzimir Makei');
    expect(meetings).toContain('29 Aug 2019');
    expect(await text('#details')).toContain('National Security Advisor');
    await shot('03-bolton');
  });

  it('expands a node clicked in the graph', async () => {
    const before = await page.evaluate(() => (window as any).explorer.cy.nodes().length);
    await page.locator('#notice .close').click();
    const box = (await page.locator('#cy').boundingBox())!;
    const at = await page.evaluate(() => (window as any).explorer.cy.getElementById('aliaksandr-lukashenka').renderedPosition());
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator('#details .detail-title', { hasText: 'Aliaksandr Lukashenka' }).waitFor();
    await page.locator('#notice', { hasText: 'Expanded Aliaksandr Lukashenka' }).waitFor();
    await idle();
    const after = await page.evaluate(() => (window as any).explorer.cy.nodes().length);
    expect(after).toBeGreaterThan(before);
    expect(await counts()).toContain(`${after} nodes`);
    await shot('04-expanded-lukashenka');
  });

  it('says when a limit cut the neighbourhood', async () => {
    await page.getByLabel('Depth').selectOption('2');
    await page.getByLabel('Node limit').fill('5');
    await page.locator('#details button', { hasText: 'Expand in graph' }).click();
    const notice = page.locator('#notice[data-tone="warn"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Truncated: Aliaksandr Lukashenka has more than 5 nodes within 2 hops');
    await shot('05-truncated');
    await page.getByLabel('Depth').selectOption('1');
    await page.getByLabel('Node limit').fill('100');
  });

  it('finds the path from an analyst to Lukashenka, with the evidence for each hop', async () => {
    await page.locator('#path-panel').getByLabel('From', { exact: true }).fill('Sivistky');
    await page.locator('.suggestions button[data-id="arsen-sivistky"]').click();
    await page.locator('#path-panel').getByLabel('To', { exact: true }).fill('Lukashenko'); // typed, not picked: the best hit is taken
    await page.locator('button', { hasText: 'Find path' }).click();
    await page.locator('.hops .hop').nth(1).waitFor();
    await idle();
    expect(await text('.path-summary')).toBe('2 hops: Arsen Sivistky → Bolton’s visit to Minsk → Aliaksandr Lukashenka');
    expect(await text('.path-choices')).toContain('2 shortest paths');
    const [first, second] = await page.locator('.hops .hop').allInnerTexts();
    expect(first).toContain('Arsen Sivistky — commented on → Bolton’s visit to Minsk');
    expect(first).toContain('Belsat quotes Sivistky, in its account of what the visit was about');
    expect(first).toContain('Source: Bolton’s visit to Belarus: new stage in Belarus-US relations?');
    expect(second).toContain('Lukashenka received Bolton during the visit.');
    expect(second).toContain('“Despite the hype around your visit'); // a quote on this hop
    // Both shortest paths are highlighted; the one listed stands out.
    const highlighted = await page.evaluate(() => (window as any).explorer.cy.$('.on-path').map((element: any) => element.id()));
    const listed = await page.evaluate(() => (window as any).explorer.cy.$('.path-shown').map((element: any) => element.id()));
    expect(listed).toEqual(
      expect.arrayContaining(['arsen-sivistky', 'bolton-visit-minsk-2019', 'aliaksandr-lukashenka', 'arsen-sivistky:COMMENTED_ON:bolton-visit-minsk-2019']),
    );
    expect(listed).toHaveLength(5);
    expect(highlighted).toEqual(expect.arrayContaining(listed));
    expect(highlighted.length).toBeGreaterThan(listed.length);
    await shot('06-path-sivistky-lukashenka');
  });

  it('details a hop’s relationship and an event', async () => {
    await page.locator('.hop-title').first().click();
    await page.locator('#details .edge-badge').waitFor();
    const edge = await text('#details');
    expect(edge).toContain('commented on');
    expect(edge).toContain('Belsat quotes Sivistky, in its account of what the visit was about, on US readiness to work with official Minsk.');
    expect(edge).toContain('Sources (1)');
    await shot('07-edge-details');
    await page.locator('#details button.link[data-id="bolton-visit-minsk-2019"]').first().click();
    await page.locator('#details .detail-title', { hasText: 'Bolton’s visit to Minsk' }).waitFor();
    await idle();
    const event = await text('#details');
    expect(event).toMatch(/Date\s+29 Aug 2019/);
    expect(event).toMatch(/Participants \(\d+\)/);
    expect(event).toContain('Quotes (');
    expect(event).toContain('Also known as');
    await shot('08-event-details');
  });

  it('lists 2019’s events on the timeline and brings one into the graph', async () => {
    await page.locator('#timeline').getByLabel('From', { exact: true }).fill('2019-01-01');
    await page.locator('#timeline').getByLabel('To', { exact: true }).fill('2019-12-31');
    await page.locator('.timeline-bar button[type="submit"]').click();
    await page.locator('.timeline-caption', { hasText: 'from 1 Jan 2019 to 31 Dec 2019' }).waitFor();
    const events = await page.locator('.events li').allInnerTexts();
    expect(events.join('\n')).toContain('Bolton–Lukashenka meeting');
    expect(events.join('\n')).not.toContain('Bill Clinton’s visit to Minsk');
    expect(await page.locator('.events li.in-view[data-id="bolton-visit-minsk-2019"]').count()).toBe(1);
    await page.locator('.events li[data-id="bolton-yama-visit-2019"] button').click();
    await page.locator('#details .detail-title', { hasText: 'Bolton’s visit to the Yama memorial' }).waitFor();
    await idle();
    expect(await page.evaluate(() => (window as any).explorer.cy.$(':selected').map((element: any) => element.id()))).toEqual(['bolton-yama-visit-2019']);
    await shot('09-timeline-2019');
  });

  const save = async (value: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByLabel('Download').selectOption(value)]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  };

  it('downloads the view as a picture, JSON, and GraphML, GEXF and CSV through /export, and the whole graph', async () => {
    const view = await page.evaluate(() => ({ nodes: (window as any).explorer.cy.nodes().length, edges: (window as any).explorer.cy.edges().length }));
    const png = await save('png');
    expect(png.name).toBe('actor-graph.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    await writeFile(`${SHOTS}/10-export.png`, png.bytes);
    const json = JSON.parse((await save('json')).bytes.toString());
    expect(json.nodes).toHaveLength(view.nodes);
    expect(json.edges[0]).toMatchObject({ id: expect.any(String), source: expect.any(String), target: expect.any(String), type: expect.any(String) });
    const graphml = await save('view.graphml');
    expect(graphml.name).toBe('subgraph.graphml');
    expect(graphml.bytes.toString().match(/<node /g)).toHaveLength(view.nodes);
    expect(graphml.bytes.toString()).toContain('attr.name="pageRank"');
    const gexf = (await save('view.gexf')).bytes.toString();
    expect(gexf).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expect(gexf.match(/<node /g)).toHaveLength(view.nodes);
    const csv = (await save('view.csv.edges')).bytes.toString().trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/^id,source,target,type,/);
    expect(csv.length - 1).toBeGreaterThanOrEqual(view.edges);
    const whole = await save('graph.graphml');
    expect(whole.name).toBe('graph.graphml');
    const { analytics } = expectNoGraphQLErrors(await gql('{ analytics { nodeCount } }'));
    expect(whole.bytes.toString().match(/<node /g)).toHaveLength(analytics.nodeCount);
  });

  it('lays out the whole graph (depth 3 from Bolton) in one readable view', async () => {
    await page.locator('.toolbar button', { hasText: 'Clear view' }).click();
    await page.getByLabel('Depth').selectOption('3');
    await page.getByLabel('Node limit').fill('500');
    await page.locator('.start-hint button[data-id="john-bolton"]').click();
    await page.locator('#notice', { hasText: 'Expanded John Bolton' }).waitFor();
    await idle();
    const { neighborhood } = expectNoGraphQLErrors(await gql('{ neighborhood(id: "john-bolton", depth: 3, limit: 500) { truncated nodeCount edgeCount } }'));
    expect(neighborhood.truncated).toBe(false);
    expect(await counts()).toBe(`${neighborhood.nodeCount} nodes · ${neighborhood.edgeCount} edges in view`);
    // Every node inside the canvas after the layout: nothing is pushed out of sight.
    const outside = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      return cy.nodes().filter((node: any) => {
        const { x, y } = node.renderedPosition();
        return x < 0 || y < 0 || x > cy.width() || y > cy.height();
      }).length;
    });
    expect(outside).toBe(0);
    await page.locator('#notice .close').click();
    await shot('11-whole-graph');
  });

  const cyEval = <T>(fn: string) => page.evaluate(`(() => { const cy = window.explorer.cy; ${fn} })()`) as Promise<T>;

  it('sizes nodes by PageRank and colours them by community, with a legend of the communities in view', async () => {
    await page.getByLabel('Size by').selectOption('PAGE_RANK');
    await page.getByLabel('Colour by').selectOption('COMMUNITY');
    const sized = await cyEval<{ top: string; widest: string; colours: Record<string, string[]> }>(`
      const nodes = cy.nodes().toArray();
      const top = nodes.reduce((a, b) => (b.data('pageRank') > a.data('pageRank') ? b : a)).id();
      const widest = nodes.reduce((a, b) => (b.width() > a.width() ? b : a)).id();
      const colours = {};
      for (const node of nodes) (colours[node.data('community')] ??= []).push(node.style('background-color'));
      return { top, widest, colours };`);
    expect(sized.widest).toBe(sized.top);
    for (const colours of Object.values(sized.colours)) expect(new Set(colours).size).toBe(1);
    expect(new Set(Object.values(sized.colours).map((colours) => colours[0])).size).toBeGreaterThan(3);
    expect(await page.locator('#legend .legend-item[data-community]').count()).toBeGreaterThan(3);
    expect(await text('#legend')).toContain('John Bolton');
    await shot('12-pagerank-communities');
  });

  it('finds paths between two sets, any US official to any Belarusian one', async () => {
    await page.locator('#path-panel').getByLabel('Between').selectOption('sets');
    const add = async (label: string, typed: string, id: string) => {
      await page.locator('#path-panel').getByLabel(label, { exact: true }).fill(typed);
      await page.locator(`#path-panel .suggestions button[data-id="${id}"]`).click();
    };
    await add('From any of', 'Bolton', 'john-bolton');
    await add('From any of', 'Trump', 'donald-trump');
    await add('To any of', 'Lukashenko', 'aliaksandr-lukashenka');
    await add('To any of', 'Makei', 'uladzimir-makei');
    expect(await page.locator('#path-panel .chips li').count()).toBe(4);
    await page.locator('#path-panel button', { hasText: 'Find path' }).click();
    await page.locator('.path-choices', { hasText: 'pairs' }).waitFor();
    await idle();
    const { paths } = expectNoGraphQLErrors(
      await gql('{ paths(from: ["john-bolton", "donald-trump"], to: ["aliaksandr-lukashenka", "uladzimir-makei"], maxDepth: 6, first: 50) { connectedPairs paths { nodes { id } } } }'),
    );
    expect(await text('.path-choices')).toContain(`${paths.paths.length} paths joining ${paths.connectedPairs} pairs`);
    const highlighted = await cyEval<string[]>(`return cy.$('node.on-path').map((node) => node.id());`);
    expect(highlighted).toEqual(expect.arrayContaining(['john-bolton', 'donald-trump', 'aliaksandr-lukashenka', 'uladzimir-makei']));
    expect(page.url()).toContain('from=john-bolton');
    await shot('13-paths-between-sets');
  });

  it('shows the graph as of a day, dated facts after it left out', async () => {
    await page.getByLabel('As of').fill('2008-12-31');
    await page.locator('#notice', { hasText: 'Showing the graph as of 2008-12-31' }).waitFor();
    await idle();
    const later = await cyEval<string[]>(`return cy.elements().filter((e) => e.data('date') && e.data('date') > '2008-12-31').map((e) => e.id());`);
    expect(later).toEqual([]);
    expect(await cyEval<boolean>(`return cy.getElementById('bolton-visit-minsk-2019').empty();`)).toBe(true);
    expect(page.url()).toContain('asOf=2008-12-31');
    await shot('14-as-of-2008');
    await page.getByLabel('As of').fill('');
    await page.locator('#notice', { hasText: 'Showing the graph as it is now' }).waitFor();
    await idle();
  });

  it('restores the view from its link: expansions, focus, path, size and colour', async () => {
    const link = page.url();
    const before = await cyEval<string[]>(`return cy.nodes().map((node) => node.id()).sort();`);
    const second = await context.newPage();
    await second.goto(link);
    await second.locator('.path-choices', { hasText: 'pairs' }).waitFor();
    await second.waitForFunction(() => document.body.dataset.busy === 'false');
    const after = (await second.evaluate(`window.explorer.cy.nodes().map((node) => node.id()).sort()`)) as string[];
    expect(after).toEqual(before);
    expect(await second.getByLabel('Colour by').inputValue()).toBe('COMMUNITY');
    expect(await second.getByLabel('Size by').inputValue()).toBe('PAGE_RANK');
    expect((await second.evaluate(`window.explorer.cy.$('node.on-path').length`)) as number).toBeGreaterThan(3);
    await second.screenshot({ path: `${SHOTS}/15-restored-from-link.png` });
    await second.close();
  });

  it('fits 1280×720: the toolbar on one line, whole labels, edge labels readable, suggestions below the fields', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(200);
    const toolbar = (await page.locator('#view-toolbar').boundingBox())!;
    expect(toolbar.height).toBeLessThan(40);
    // The counts are read whole, not cut short.
    expect(await page.locator('.counts').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const styles = await cyEval<{ edgeFont: number; edgeMin: number; wrap: string }>(`
      const edge = cy.edges()[0]; const node = cy.nodes()[0];
      return { edgeFont: parseFloat(edge.style('font-size')), edgeMin: parseFloat(edge.style('min-zoomed-font-size')), wrap: node.style('text-wrap') };`);
    expect(styles.edgeFont).toBeGreaterThanOrEqual(11);
    expect(styles.edgeMin).toBeGreaterThanOrEqual(10);
    expect(styles.wrap).toBe('wrap');
    await page.locator('#path-panel').getByLabel('Between').selectOption('pair');
    await page.locator('#path-panel').getByLabel('To', { exact: true }).fill('Luka');
    const suggestions = page.locator('#path-panel .mode-pair .suggestions').nth(1);
    await suggestions.locator('button').first().waitFor();
    const list = (await suggestions.boundingBox())!;
    const button = (await page.locator('#path-panel button', { hasText: 'Find path' }).boundingBox())!;
    expect(list.y + list.height).toBeLessThanOrEqual(button.y);
    await shot('16-1280x720');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('words relationships from the node shown, and says a date once', async () => {
    await page.evaluate(`window.explorer.focus('aliaksandr-lukashenka')`);
    await page.locator('#details .detail-title', { hasText: 'Aliaksandr Lukashenka' }).waitFor();
    await idle();
    const meetings = await text('#details .detail-section:has(h3:text("Meetings"))');
    expect(meetings).toContain('met with John Bolton');
    // An incoming relationship names the node shown instead of saying "this".
    await page.evaluate(`window.explorer.focus('bolton-visit-minsk-2019')`);
    await page.locator('#details .detail-title', { hasText: 'Bolton’s visit to Minsk' }).waitFor();
    await idle();
    const participants = await text('#details .detail-section:has(h3:text("Participants"))');
    expect(participants).toContain('John Bolton participated in Bolton’s visit to Minsk');
    expect(participants).not.toMatch(/ this\b/);
    await page.evaluate(`window.explorer.focus('clinton-visit-minsk-1993')`);
    await page.locator('#details .detail-title', { hasText: 'Bill Clinton’s visit to Minsk' }).waitFor();
    await idle();
    const details = await text('#details');
    expect(details).toMatch(/Date\s+1993 \(photo caption\)/);
    expect(details).not.toContain('1993 (1993');
    await shot('17-wording-and-date');
  });

  it('loaded nothing from outside the server and logged no errors', () => {
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

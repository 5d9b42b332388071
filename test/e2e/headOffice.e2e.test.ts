/// <reference lib="dom" />
import type { Locator, Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';
import { shot } from '../helpers/screenshots';

const url = inject('serveUrl');

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not on screen`);
  return box;
}

/** Nothing clipped: the element's content fits its box. */
async function fits(locator: Locator) {
  const { scrollWidth, clientWidth } = await locator.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth, (await locator.textContent()) ?? '').toBeLessThanOrEqual(clientWidth);
}

/** Inside the window and above the status bar: seen without scrolling. */
async function inView(page: Page, locator: Locator) {
  const box = await boxOf(locator);
  const bar = await boxOf(page.locator('.status-bar'));
  expect(box.y, String(locator)).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, String(locator)).toBeLessThanOrEqual(bar.y);
  expect(box.x + box.width, String(locator)).toBeLessThanOrEqual(1366);
}

async function openHeadOffice(page: Page): Promise<Locator> {
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('settings-head-office');
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return section;
}

describe.skipIf(!chromiumAvailable())('Head office screens in Chromium (zh-CN, 1366×768) against npm run serve', () => {
  const suite = browserSuite(url);
  const run = Date.now().toString(36);

  it('Settings → 总部同步: the form fits, a bad address is refused at its field, plain HTTP beyond this network asks first', async () => {
    const { context, page, errors } = await suite.open('zh-CN');
    // No hub: the status bar is exactly as before.
    expect(await page.getByTestId('status-sync').count()).toBe(0);

    const section = await openHeadOffice(page);
    const form = section.getByTestId('hub-enroll-form');
    await form.waitFor();
    expect(await section.locator('h2').first().textContent()).toBe('总部同步');
    const address = page.getByTestId('hub-field-hubUrl');
    const code = page.getByTestId('hub-field-code');
    const name = page.getByTestId('hub-field-deviceName');
    const enroll = page.getByTestId('hub-enroll');
    expect(await address.getAttribute('placeholder')).toBe('https://hub.example.com');
    expect(await name.inputValue()).toBe('门店电脑');
    expect(await enroll.textContent()).toBe('加入总部');
    // The whole form is in view once its section is, nothing clipped, nothing on top of anything.
    for (const part of [address, code, name, enroll]) {
      await inView(page, part);
      await fits(part);
    }
    const boxes = await Promise.all([address, code, name, enroll].map(boxOf));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    await shot(page, 'head-office-form-zh-CN-1366x768');

    // The code reads as head office prints it, however it was typed.
    await code.pressSequentially('abcde 23456');
    expect(await code.inputValue()).toBe('ABCDE-23456');
    // Correcting the middle: the caret stays where the associate types, though the dash moves.
    await code.fill('ABCE-23456');
    expect(await code.inputValue()).toBe('ABCE2-3456');
    await code.evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
    await code.press('d');
    expect(await code.inputValue()).toBe('ABCDE-23456');
    expect(await code.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(4);
    await code.press('e');
    expect(await code.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(5);
    // Backspace just after the dash: the code stays whole and the caret steps back over the dash.
    await code.evaluate((el: HTMLInputElement) => el.setSelectionRange(6, 6));
    await code.press('Backspace');
    expect(await code.inputValue()).toBe('ABCDE-E2345-6');
    expect(await code.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(5);
    await code.fill('ABCDE-23456');

    // Not a hub address: refused at the field, in words, with the focus there; nothing sent.
    await address.fill('ftp://hub.example.com');
    await enroll.click();
    const addressError = page.getByTestId('hub-field-error-hubUrl');
    expect(await addressError.textContent()).toBe('地址要以 https://（或 http://）开头。');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('hub-field-hubUrl');
    expect(await page.getByTestId('hub-insecure-dialog').count()).toBe(0);
    expect(await page.getByTestId('hub-enroll-form-error').count()).toBe(0);

    // Plain HTTP across the internet: a question first, in plain words; Cancel sends nothing.
    await address.fill('http://hub.invalid:8787');
    await enroll.click();
    const dialog = page.getByTestId('hub-insecure-dialog');
    await dialog.waitFor();
    const question = (await dialog.textContent()) ?? '';
    expect(question).toContain('http://hub.invalid:8787');
    expect(question).toContain('https://');
    expect(question).toMatch(/途经的任何人.*都能看到/);
    await inView(page, page.getByTestId('hub-insecure-confirm'));
    await inView(page, page.getByTestId('hub-insecure-cancel'));
    await shot(page, 'head-office-insecure-zh-CN-1366x768');
    await page.getByTestId('hub-insecure-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('hub-enroll-form-error').count()).toBe(0);
    expect(await addressError.count()).toBe(0);
    expect(await enroll.textContent()).toBe('加入总部');
    expect((await suite.must<{ state: string; hubUrl: string | null }>('sync.status', {})).hubUrl).toBeNull();
    expect(await page.getByTestId('status-sync').count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['en', 1366, 768],
    ['en', 1920, 1080],
    ['zh-CN', 1920, 1080],
  ])(
    'Settings → head office in %s at %i×%i: the enroll and sign-in forms fit, nothing clipped or overlapping',
    async (locale, width, height) => {
      const { context, page, errors } = await suite.open(locale, { width, height });
      const section = await openHeadOffice(page);
      await section.getByTestId('hub-enroll-form').waitFor();
      const parts = ['hub-field-hubUrl', 'hub-field-code', 'hub-field-deviceName', 'hub-enroll'].map((id) => page.getByTestId(id));
      for (const part of parts) await fits(part);
      const boxes = await Promise.all(parts.map(boxOf));
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(width);
      const labels = section.locator('.pfield__label');
      for (let i = 0; i < (await labels.count()); i++) await fits(labels.nth(i));
      await shot(page, `head-office-form-${locale}-${width}x${height}`);
      const signIn = page.getByTestId('hub-producer-sign-in');
      await signIn.scrollIntoViewIfNeeded();
      await fits(signIn);
      await shot(page, `head-office-producer-${locale}-${width}x${height}`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('duplicates a show from the Shows list and opens the copy', async () => {
    const name = `E2E 复制 ${run}`;
    const show = await suite.must<{ id: string }>('show.create', { name });
    await suite.must('cue.insert', { showId: show.id, type: 'note', title: '开场', config: { text: '开场' } });
    const { context, page, errors } = await suite.open('zh-CN');
    await page.getByTestId('nav-shows').click();
    await page.locator(`[data-testid="shows-item"][data-name="${name}"]`).click();
    await expect.poll(() => page.getByTestId('show-editor-title').textContent()).toBe(name);
    const duplicate = page.getByTestId('show-duplicate');
    expect(await duplicate.textContent()).toBe('复制');
    await inView(page, duplicate);
    await duplicate.click();

    const copy = page.locator(`[data-testid="shows-item"][data-name="${name} (2)"]`);
    await copy.waitFor();
    expect(await copy.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.getByTestId('show-editor-title').textContent()).toBe(`${name} (2)`);
    await expect.poll(() => page.getByTestId('cue-item').count()).toBe(1);
    // The store's own show: no head-office badge, editable.
    expect(await page.getByTestId('show-origin').count()).toBe(0);
    expect(await page.getByTestId('show-edit').isEnabled()).toBe(true);
    expect(await page.locator(`[data-testid="shows-item"][data-name="${name}"]`).count()).toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('enrolling: the backend’s refusals land at their field, and its plain-HTTP judgement asks first', async () => {
    const calls: unknown[] = [];
    let release: (result: Result) => void = () => {};
    const { context, page, errors } = await suite.open('zh-CN');
    await page.routeWebSocket(/\/api\/ws/, (ws) =>
      writeOverSocket(ws, {
        answer: {
          'sync.enroll': (payload) => {
            calls.push(payload);
            if (calls.length === 1)
              return { ok: false, error: { code: 'INVALID_PAYLOAD', message: 'insecure', reason: 'INSECURE_ADDRESS', path: ['hubUrl'] } };
            // Held until the test has looked at the progress.
            return new Promise<Result>((resolve) => {
              release = resolve;
            });
          },
        },
      }),
    );
    await page.reload();
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await openHeadOffice(page);
    await page.getByTestId('hub-field-hubUrl').fill('http://hub.local:8787/');
    await page.getByTestId('hub-field-code').fill('abcde-23456');
    await page.getByTestId('hub-enroll').click();

    // This window thought the address was on the local network; the backend did not: the question, then the send.
    const dialog = page.getByTestId('hub-insecure-dialog');
    await dialog.waitFor();
    expect(calls).toEqual([{ hubUrl: 'http://hub.local:8787', code: 'ABCDE-23456', deviceName: '门店电脑', confirmInsecure: false }]);
    await page.getByTestId('hub-insecure-confirm').click();
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toMatchObject({ hubUrl: 'http://hub.local:8787', confirmInsecure: true });
    // Progress while head office is asked; the fields wait.
    expect(await page.getByTestId('hub-enroll').textContent()).toBe('正在加入…');
    expect(await page.getByRole('progressbar').count()).toBe(1);
    expect(await page.getByTestId('hub-field-code').isDisabled()).toBe(true);
    release({ ok: false, error: { code: 'CONFLICT', message: 'enrollment code unknown', reason: 'CODE_INVALID', path: ['code'] } });
    const codeError = page.getByTestId('hub-field-error-code');
    await codeError.waitFor();
    expect(await codeError.textContent()).toBe('总部不认这个加入码：可能输错了、已过期或已被使用。请向总部要一个新的。');
    expect(await page.getByTestId('hub-enroll').textContent()).toBe('加入总部');
    expect(await page.getByTestId('hub-enroll-form-error').count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });

  /**
   * No hub runs in this suite (the enroll, publish and receive flows are tested against a real hub elsewhere), so
   * here the backend's answers about head office are rewritten on the page's socket: an enrolled store with events
   * waiting, a signed-in producer, and one show marked as received from head office. Everything else is the real
   * backend, including the duplicate. This checks what those states look like and how the screens behave.
   */
  it('an enrolled store with a producer signed in: the status bar item, the enrolled view, a read-only show from head office, publishing', async () => {
    const name = `E2E 总部节目单 ${run}`;
    const fromHq = await suite.must<{ id: string }>('show.create', { name });
    await suite.must('cue.insert', { showId: fromHq.id, type: 'note', title: '开场', config: { text: '开场' } });
    await suite.must('cue.insert', { showId: fromHq.id, type: 'note', title: '福利', config: { text: '福利' } });
    const published: unknown[] = [];
    const { context, page, errors } = await suite.open('zh-CN');
    await page.routeWebSocket(/\/api\/ws/, (ws) => pretendHeadOffice(ws, fromHq.id, published));
    await page.reload();
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();

    // The status bar: one compact item that fits beside the others and opens Settings → 总部同步.
    const item = page.getByTestId('status-sync');
    await expect.poll(() => item.textContent()).toBe('总部：待上传 37');
    expect(await item.getAttribute('data-state')).toBe('pending');
    expect(await item.getAttribute('aria-label')).toContain('待上传 37 条');
    // Amber, as the design's warning colour (--warn).
    expect(await item.locator('.status-dot').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 194, 71)');
    await fits(item);
    const barItems = await Promise.all(
      ['status-backend', 'status-obs', 'status-sync', 'status-about'].map((id) => boxOf(page.getByTestId(id))),
    );
    for (const [i, a] of barItems.entries()) for (const b of barItems.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    await item.click();
    await expect.poll(() => page.getByTestId('area-title').textContent()).toBe('设置');
    const section = page.getByTestId('settings-head-office');
    await inView(page, section.locator('h2').first());

    // Enrolled: the store, the state in words, the clock warning, sync now and leave in view.
    expect(await page.getByTestId('hub-state').textContent()).toBe('待上传 37 条');
    expect(await page.getByTestId('hub-store').textContent()).toBe('上海徐汇滨江店（SH-021）');
    expect(await page.getByTestId('hub-last-sync').textContent()).toMatch(/^3分钟前（.+）$/);
    expect(await page.getByTestId('hub-clock-warning').textContent()).toContain('这台电脑的时钟与总部相差 7 分钟');
    expect(await page.getByTestId('hub-producer-account').textContent()).toContain('已登录：林晓（lin.producer）');
    await shot(page, 'head-office-enrolled-zh-CN-1366x768');
    for (const id of ['hub-sync-now', 'hub-leave']) {
      const button = page.getByTestId(id);
      await button.scrollIntoViewIfNeeded();
      await fits(button);
    }
    // Leaving asks first and says the local data stays; "不退出" leaves everything as it was.
    await page.getByTestId('hub-leave').click();
    const leave = page.getByTestId('hub-leave-dialog');
    expect(await leave.textContent()).toContain('电脑上的数据都会保留');
    await shot(page, 'head-office-leave-zh-CN-1366x768');
    await page.getByTestId('hub-leave-cancel').click();
    expect(await page.getByTestId('hub-state').textContent()).toBe('待上传 37 条');
    await leave.waitFor({ state: 'detached' });

    // The show from head office: badged in the list and the editor, read-only, and the controls look it.
    await page.getByTestId('nav-shows').click();
    const listed = page.locator(`[data-testid="shows-item"][data-name="${name}"]`);
    expect(await listed.getByTestId('show-origin').textContent()).toBe('总部下发');
    await listed.click();
    const banner = page.getByTestId('show-read-only');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('这是总部下发的节目单，只读。复制一份即可修改。');
    expect(await page.getByTestId('show-editor').getByTestId('show-origin').getAttribute('title')).toMatch(/^第 3 版 · .+ 由 林晓 发布$/);
    for (const locked of [
      page.getByTestId('show-edit'),
      page.getByTestId('show-delete'),
      page.getByTestId('cue-add'),
      page.getByTestId('cue-edit').first(),
      page.getByTestId('cue-delete').first(),
      page.getByTestId('cue-move-down').first(),
    ]) {
      expect(await locked.isDisabled(), String(locked)).toBe(true);
      expect(Number(await locked.evaluate((el) => getComputedStyle(el).opacity)), String(locked)).toBeLessThan(0.7);
    }
    expect(await page.getByTestId('cue-item').first().getAttribute('draggable')).toBe('false');
    // Each locked control says why when pointed at; Enter on a row opens no edit form.
    expect(await page.getByTestId('show-delete').getAttribute('title')).toBe('总部下发的节目单不能在门店删除。');
    expect(await page.getByTestId('cue-edit').first().getAttribute('title')).toBe('总部下发的节目单只读：复制一份即可修改。');
    await page.getByTestId('cue-item').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('cue-form').count()).toBe(0);
    // No line telling how to move, edit or delete what cannot be changed.
    expect(await page.locator('.cue-section__hint').textContent()).toBe('');
    await inView(page, page.getByTestId('show-read-only-duplicate'));
    await inView(page, page.getByTestId('show-publish'));
    await shot(page, 'show-read-only-zh-CN-1366x768');

    // 发布到门店: every choice with its store count; a region is sent as that region.
    await page.getByTestId('show-publish').click();
    const publish = page.getByTestId('publish-dialog');
    await publish.getByTestId('publish-targets').waitFor();
    const choices = await publish.locator('.publish__choice').allTextContents();
    expect(choices).toEqual(['全部门店（128）', '华东（52 家）', '华南（41 家）', '直营旗舰（18 家）', '加盟（110 家）']);
    await publish.getByLabel('华东（52 家）').check();
    await inView(page, page.getByTestId('publish-confirm'));
    await shot(page, 'publish-dialog-zh-CN-1366x768');
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => publish.getByTestId('publish-done').count()).toBe(1);
    expect(await publish.getByTestId('publish-done').textContent()).toBe('已发布第 4 版，52 家门店将收到。');
    expect(published).toEqual([{ showId: fromHq.id, target: { kind: 'region', region: '华东' } }]);
    await shot(page, 'publish-done-zh-CN-1366x768');
    await page.getByTestId('publish-close').click();

    // Duplicate from the banner: the real backend copies it, the copy is the store's own and editable.
    await page.getByTestId('show-read-only-duplicate').click();
    await expect.poll(() => page.getByTestId('show-editor-title').textContent()).toBe(`${name} (2)`);
    expect(await page.getByTestId('show-read-only').count()).toBe(0);
    expect(await page.getByTestId('show-edit').isEnabled()).toBe(true);
    expect(await page.getByTestId('cue-add').isEnabled()).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!chromiumAvailable())('Head office: a viewer account (zh-CN, 1366×768)', () => {
  const suite = browserSuite(url);

  it('sees no 发布到门店: the hub refuses publications from viewers', async () => {
    const name = `E2E 总部只读账号 ${Date.now().toString(36)}`;
    const own = await suite.must<{ id: string }>('show.create', { name });
    const { context, page, errors } = await suite.open('zh-CN');
    await page.routeWebSocket(/\/api\/ws/, (ws) => pretendHeadOffice(ws, own.id, [], 'viewer'));
    await page.reload();
    await page.getByTestId('status-backend').and(page.locator('[data-state="connected"]')).waitFor();
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.getByTestId('hub-producer-role').textContent()).not.toBe('');
    await page.getByTestId('nav-shows').click();
    await page.locator(`[data-testid="shows-item"][data-name="${name}"]`).click();
    await expect.poll(() => page.getByTestId('show-editor-title').textContent()).toBe(name);
    expect(await page.getByTestId('show-duplicate').isVisible()).toBe(true);
    expect(await page.getByTestId('show-publish').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; reason?: string; path?: string[] } };

/**
 * The page's socket to the real backend, with some answers written over: `answer` replies instead of the backend
 * (it may wait), `rewrite` changes what the backend replied, `status` replaces every 'sync.status' push.
 */
function writeOverSocket(
  ws: WebSocketRoute,
  over: {
    answer?: Record<string, (payload: unknown) => Result | Promise<Result>>;
    rewrite?: Record<string, (value: never) => unknown>;
    status?: unknown;
  },
) {
  const server = ws.connectToServer();
  const methods = new Map<number, string>();
  ws.onMessage((message) => {
    const frame = JSON.parse(String(message)) as { type: string; id: number; method: string; payload: unknown };
    const answer = frame.type === 'invoke' ? over.answer?.[frame.method] : undefined;
    if (answer) {
      void Promise.resolve(answer(frame.payload)).then((result) => ws.send(JSON.stringify({ type: 'result', id: frame.id, result })));
      return;
    }
    if (frame.type === 'invoke') methods.set(frame.id, frame.method);
    server.send(message);
  });
  server.onMessage((message) => {
    const frame = JSON.parse(String(message)) as
      | { type: 'result'; id: number; result: { ok: boolean; value?: never } }
      | { type: 'event'; topic: string; data: unknown };
    if (frame.type === 'event' && frame.topic === 'sync.status' && over.status) frame.data = over.status;
    if (frame.type === 'result' && frame.result.ok) {
      const rewrite = over.rewrite?.[methods.get(frame.id) ?? ''];
      if (rewrite && frame.result.value !== undefined) frame.result.value = rewrite(frame.result.value) as never;
    }
    ws.send(JSON.stringify(frame));
  });
}

/** What head office would have told an enrolled store with a producer signed in, and one show received from it. */
function pretendHeadOffice(ws: WebSocketRoute, fromHqShowId: string, published: unknown[], role = 'producer') {
  const now = Date.now();
  const status = {
    hubUrl: 'https://hub.example.com',
    store: { code: 'SH-021', name: '上海徐汇滨江店', region: '华东', group: '直营旗舰' },
    deviceName: '门店电脑',
    state: 'pending',
    pendingEvents: 37,
    lastSyncAt: now - 3 * 60_000,
    lastError: null,
    clockSkewMs: 7 * 60_000,
    publications: { received: 4, deferred: 1, failed: 0 },
    producer: {
      username: 'lin.producer',
      displayName: '林晓',
      role,
      regions: ['华东', '华南'],
      hubUrl: 'https://hub.example.com',
    },
  };
  const origin = {
    key: '0194f3a1-0000-7000-8000-000000000001',
    publicationId: 12,
    version: 3,
    publishedAt: now - 86_400_000,
    publishedBy: '林晓',
  };
  const mark = (show: { id: string }) => (show.id === fromHqShowId ? { ...show, origin } : show);
  writeOverSocket(ws, {
    status,
    answer: {
      'sync.targets': () => ({
        ok: true,
        value: {
          storeCount: 128,
          regions: [
            { region: '华东', storeCount: 52 },
            { region: '华南', storeCount: 41 },
          ],
          groups: [
            { group: '直营旗舰', storeCount: 18 },
            { group: '加盟', storeCount: 110 },
          ],
        },
      }),
      'sync.publishShow': (payload) => {
        published.push(payload);
        return { ok: true, value: { publicationId: 13, version: 4, storeCount: 52 } };
      },
    },
    rewrite: {
      'sync.status': () => status,
      'show.list': (page: { items: { id: string }[] }) => ({ ...page, items: page.items.map(mark) }),
      'show.get': (full: { show: { id: string } }) => ({ ...full, show: mark(full.show) }),
    },
  });
}

/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium';
import { browserSuite } from '../helpers/e2eApp';

const url = inject('serveUrl');

interface Task {
  id: string;
  type: string;
  title: string;
  target: number;
  reward: string;
  entry: string;
  keyword: string | null;
  durationMs: number | null;
}

describe.skipIf(!chromiumAvailable())('Follower tasks tab in Chromium against npm run serve', () => {
  /** Names carry the run, so the suite's shared backend never mixes tests up. */
  const run = Date.now().toString(36);
  const { must, openCatalogTab } = browserSuite(url);
  async function tasks(): Promise<Task[]> {
    return (await must<{ items: Task[] }>('task.list', { limit: 500 })).items.filter((t) => t.title.includes(run));
  }
  const openTasks = (locale: string) => openCatalogTab(locale, 'tasks', run);

  const row = (page: Page, title: string) => page.locator('[data-testid="tasks-row"]', { hasText: title });

  it('creates a like goal and a giveaway with its prize, entry condition, winners, password and duration', async () => {
    const { context, page, errors } = await openTasks('zh-CN');
    // Ctrl+N opens a new one.
    await page.keyboard.press('Control+N');
    await page.getByTestId('task-form').waitFor();
    await page.getByTestId('task-field-type').locator('input[value="like_goal"]').check();
    await page.getByTestId('task-field-title').fill(`点赞 ${run}`);
    await page.getByTestId('task-field-target').fill('10,000');
    await page.getByTestId('task-field-reward').fill('前100名送小样');
    // Only a comment task and a giveaway take a password.
    expect(await page.getByTestId('task-field-keyword').count()).toBe(0);
    await page.getByTestId('task-field-target').press('Enter');
    await expect.poll(() => page.getByTestId('task-saved').textContent()).toBe('已保存。');
    await page.keyboard.press('Escape');

    await page.getByTestId('tasks-new').click();
    await page.getByTestId('task-field-type').locator('input[value="giveaway"]').check();
    expect(await page.getByTestId('task-field-target').inputValue()).toBe('');
    await page.getByTestId('task-field-title').fill(`福袋 ${run}`);
    await page.getByTestId('task-field-reward').fill('同款睡衣');
    await page.getByTestId('task-field-entry').fill('关注主播并加入粉丝团');
    await page.getByTestId('task-field-target').fill('3');
    await page.getByTestId('task-field-keyword').fill('想要睡衣');
    await page.getByTestId('task-field-duration').fill('5:00');
    await page.getByTestId('task-save').click();
    await expect.poll(() => page.getByTestId('task-saved').textContent()).toBe('已保存。');
    await page.keyboard.press('Escape');

    await row(page, `福袋 ${run}`).waitFor();
    expect(await row(page, `福袋 ${run}`).getByTestId('tasks-row-goal').textContent()).toBe('3 人中奖');
    expect(await row(page, `点赞 ${run}`).getByTestId('tasks-row-goal').textContent()).toBe('点赞 10,000');
    const saved = new Map((await tasks()).map((t) => [t.type, t]));
    expect(saved.get('like_goal')).toMatchObject({ target: 10_000, reward: '前100名送小样', keyword: null, entry: '', durationMs: null });
    expect(saved.get('giveaway')).toMatchObject({
      target: 3,
      reward: '同款睡衣',
      entry: '关注主播并加入粉丝团',
      keyword: '想要睡衣',
      durationMs: 300_000,
    });

    // The type filter keeps the giveaways.
    await page.getByTestId('tasks-type').selectOption('giveaway');
    await expect.poll(() => page.getByTestId('tasks-row').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the refusals at their fields, and edits a task found with the arrow keys', async () => {
    await must('task.create', { type: 'follow', title: `Follow A ${run}`, target: 100 });
    await must('task.create', { type: 'share', title: `Share B ${run}`, target: 50 });
    const { context, page } = await openTasks('en-US');
    await page.getByTestId('tasks-new').click();
    await page.getByTestId('task-field-type').locator('input[value="comment_keyword"]').check();
    await page.getByTestId('task-save').click();
    await page.getByTestId('task-field-error-title').waitFor();
    expect(await page.getByTestId('task-field-error-title').textContent()).toBe('Give it a name.');
    expect(await page.getByTestId('task-field-error-target').textContent()).toBe('Enter a number of at least 1.');
    await page.getByTestId('task-field-title').fill(`Comment ${run}`);
    await page.getByTestId('task-field-target').fill('200');
    await page.getByTestId('task-save').click();
    await expect.poll(() => page.getByTestId('task-field-error-keyword').textContent()).toBe('A comment task needs its comment password.');
    // The editor moves focus to the field it refused (on the next frame): let it, before typing elsewhere.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('task-field-keyword');
    await page.getByTestId('task-field-duration').fill('five minutes');
    await page.getByTestId('task-save').click();
    expect(await page.getByTestId('task-field-error-duration').textContent()).toBe('Enter minutes and seconds, e.g. 5:00.');
    await page.keyboard.press('Escape');
    expect((await tasks()).some((t) => t.title === `Comment ${run}`)).toBe(false);

    // ↓ from the first row, Enter opens the second.
    await page.getByTestId('tasks-row').first().focus();
    const second = await page.getByTestId('tasks-row').nth(1).getAttribute('data-id');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('task-form').waitFor();
    const task = (await tasks()).find((t) => t.id === second);
    expect(await page.getByTestId('task-field-title').inputValue()).toBe(task?.title);
    await page.getByTestId('task-field-target').fill('120');
    await page.getByTestId('task-save').click();
    await expect.poll(() => page.getByTestId('task-saved').textContent()).toBe('Saved.');
    expect((await tasks()).find((t) => t.id === second)?.target).toBe(120);
    await context.close();
  });
});

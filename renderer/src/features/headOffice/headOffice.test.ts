import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api/errors';
import { SyncProblemCode, type SyncStatus } from '../../../../shared/domain/sync/syncStatus';
import { syncErrorText } from '../../format/syncErrors';
import { clockSkewMinutes, problemCodeOf, syncBarItem, syncStateSentence } from '../../format/syncView';
import { createI18n } from '../../i18n/i18n';
import { enrollmentCodeProblem, formatEnrollmentCode, formatEnrollmentCodeAt } from './enrollmentCode';
import { headOfficeEn } from './headOffice.en';
import { headOfficeZhCN } from './headOffice.zh-CN';
import { hubAddressDecision } from './hubAddressDecision';

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  hubUrl: 'https://hub.example.com',
  store: { code: 'SH-001', name: '上海徐汇店', region: '华东', group: '直营' },
  deviceName: '门店电脑',
  state: 'synced',
  pendingEvents: 0,
  lastSyncAt: null,
  lastError: null,
  clockSkewMs: null,
  publications: { received: 0, deferred: 0, failed: 0 },
  producer: null,
  ...over,
});

describe('status bar item', () => {
  const zh = createI18n('zh-CN');
  const en = createI18n('en');
  const text = (i18n: ReturnType<typeof createI18n>, s: SyncStatus) => {
    const item = syncBarItem(s);
    return (
      item &&
      `${i18n.t('headOffice.bar.label')}${i18n.t('punctuation.colon')}${i18n.t(`headOffice.bar.${item.state}`, { count: item.count })}`
    );
  };

  it('is absent when there is no hub, so a store without head office looks as before', () => {
    expect(syncBarItem(status({ state: 'off', hubUrl: null, store: null, pendingEvents: 12 }))).toBeNull();
    expect(syncBarItem(null)).toBeNull();
  });

  it('says each state in a word, with its colour', () => {
    expect(text(zh, status({ state: 'synced' }))).toBe('总部：已同步');
    expect(text(zh, status({ state: 'pending', pendingEvents: 37 }))).toBe('总部：待上传 37');
    expect(text(zh, status({ state: 'offline', pendingEvents: 5 }))).toBe('总部：离线');
    expect(text(zh, status({ state: 'revoked' }))).toBe('总部：已停用');
    expect(text(zh, status({ state: 'error' }))).toBe('总部：同步出错');
    expect(text(en, status({ state: 'pending', pendingEvents: 2 }))).toBe('Head office: 2 to upload');
    expect((['synced', 'pending', 'offline', 'revoked', 'error'] as const).map((state) => syncBarItem(status({ state }))?.tone)).toEqual([
      'ok',
      'warn',
      'idle',
      'danger',
      'danger',
    ]);
  });
});

describe('state sentence in Settings', () => {
  const { t } = createI18n('zh-CN');
  it('says each state in plain words', () => {
    expect(syncStateSentence(status({ state: 'synced' }), t)).toBe('已同步');
    expect(syncStateSentence(status({ state: 'pending', pendingEvents: 12 }), t)).toBe('待上传 12 条');
    expect(syncStateSentence(status({ state: 'offline' }), t)).toBe('离线（将自动重试）');
    expect(syncStateSentence(status({ state: 'revoked' }), t)).toBe('已被总部停用');
    expect(syncStateSentence(status({ state: 'error', lastError: { code: 'TLS', detail: 'self-signed certificate', at: 1 } }), t)).toBe(
      '出错：与总部的加密连接失败（证书未通过验证）。请检查地址，或联系总部。',
    );
  });
});

describe('enrollment code', () => {
  it('is shown upper-case in groups of five, whatever was typed', () => {
    expect(formatEnrollmentCode('abcde-23456')).toBe('ABCDE-23456');
    expect(formatEnrollmentCode(' abcde 23456 ')).toBe('ABCDE-23456');
    expect(formatEnrollmentCode('abcde2')).toBe('ABCDE-2');
    expect(formatEnrollmentCode('abcde')).toBe('ABCDE');
    expect(formatEnrollmentCode('')).toBe('');
  });

  it('keeps the caret after what was typed when a dash comes or goes', () => {
    // "ABCE-23456" with D typed after C: the groups shift, the caret stays after D.
    expect(formatEnrollmentCodeAt('ABCDE-23456', 4)).toEqual({ value: 'ABCDE-23456', caret: 4 });
    // Typed at the end: after the new character, past the dash that came before it.
    expect(formatEnrollmentCodeAt('abcde2', 6)).toEqual({ value: 'ABCDE-2', caret: 7 });
    expect(formatEnrollmentCodeAt('ABCDE-X23456', 7)).toEqual({ value: 'ABCDE-X2345-6', caret: 7 });
    // Backspace over the dash: nothing to delete there, the caret steps back before it.
    expect(formatEnrollmentCodeAt('ABCDE23456', 5)).toEqual({ value: 'ABCDE-23456', caret: 5 });
    // Typed in the first group: after the character, not after the dash it pushed along.
    expect(formatEnrollmentCodeAt('XABCDE-23456', 1)).toEqual({ value: 'XABCD-E2345-6', caret: 1 });
    expect(formatEnrollmentCodeAt('', 0)).toEqual({ value: '', caret: 0 });
  });

  it('is checked before sending: its length, and the look-alike characters codes never use', () => {
    expect(enrollmentCodeProblem('abcde-23456')).toBeNull();
    expect(enrollmentCodeProblem('abcde-2345')).toEqual({ kind: 'length', count: 9 });
    expect(enrollmentCodeProblem('abcd0-1o456')).toEqual({ kind: 'chars', chars: ['0', '1', 'O'] });
  });
});

describe('hub address decision', () => {
  it('sends https, loopback and local-network addresses without asking', () => {
    expect(hubAddressDecision('hub.example.com')).toEqual({ action: 'send', url: 'https://hub.example.com' });
    expect(hubAddressDecision('http://127.0.0.1:8787/')).toEqual({ action: 'send', url: 'http://127.0.0.1:8787' });
    expect(hubAddressDecision('http://192.168.1.20:8787')).toEqual({ action: 'send', url: 'http://192.168.1.20:8787' });
  });

  it('asks first for plain HTTP across the internet', () => {
    expect(hubAddressDecision('http://hub.example.com')).toEqual({ action: 'confirm', url: 'http://hub.example.com' });
    expect(hubAddressDecision('http://8.8.8.8:8787')).toEqual({ action: 'confirm', url: 'http://8.8.8.8:8787' });
  });

  it('refuses what is not a hub address, saying why', () => {
    expect(hubAddressDecision('  ')).toMatchObject({ action: 'refuse', problem: 'empty' });
    expect(hubAddressDecision('http://exa mple.com')).toMatchObject({
      action: 'refuse',
      problem: 'notAddress',
      text: 'http://exa mple.com',
    });
    expect(hubAddressDecision('ftp://hub.example.com')).toMatchObject({ action: 'refuse', problem: 'scheme' });
    expect(hubAddressDecision('https://me:pw@hub.example.com')).toMatchObject({ action: 'refuse', problem: 'credentials' });
    expect(hubAddressDecision('https://hub.example.com/?x=1')).toMatchObject({ action: 'refuse', problem: 'query' });
  });
});

describe('clock warning', () => {
  it('appears beyond five minutes either way, in whole minutes', () => {
    expect(clockSkewMinutes(null)).toBeNull();
    expect(clockSkewMinutes(5 * 60_000)).toBeNull();
    expect(clockSkewMinutes(-5 * 60_000)).toBeNull();
    expect(clockSkewMinutes(7 * 60_000 + 20_000)).toBe(7);
    expect(clockSkewMinutes(-24 * 3600_000)).toBe(1440);
  });
});

describe('sync problems in plain words', () => {
  it('has a sentence for every problem code in both languages, with no developer words', () => {
    for (const texts of [headOfficeEn.problem, headOfficeZhCN.problem]) {
      expect(Object.keys(texts).sort()).toEqual([...SyncProblemCode.options].sort());
      for (const sentence of Object.values(texts)) {
        expect(sentence).not.toMatch(/[A-Z]{2,}_|UNREACHABLE|backend|HTTP \d|TLS|status|后端|错误码/);
      }
    }
  });

  it('knows a refusal reason that is a problem code', () => {
    expect(problemCodeOf('UNREACHABLE')).toBe('UNREACHABLE');
    expect(problemCodeOf('NOT_BUILT')).toBeNull();
    expect(problemCodeOf(undefined)).toBeNull();
  });
});

describe('a refused sync action', () => {
  const { t } = createI18n('zh-CN');
  const refused = (extra: Partial<ConstructorParameters<typeof ApiCallError>[0]>) =>
    new ApiCallError({ code: 'INVALID_PAYLOAD', message: 'English for the log', ...extra });

  it('goes to the field it is about, in plain words', () => {
    expect(syncErrorText(refused({ reason: 'INSECURE_ADDRESS', path: ['hubUrl'] }), t)).toEqual({
      field: 'hubUrl',
      text: '这个地址没有加密保护（经互联网的 http://）。确认后仍可发送，或改用 https:// 地址。',
    });
    expect(syncErrorText(refused({ code: 'CONFLICT', reason: 'CODE_INVALID' }), t)).toEqual({
      field: 'code',
      text: '总部不认这个加入码：可能输错了、已过期或已被使用。请向总部要一个新的。',
    });
    expect(syncErrorText(refused({ code: 'CONFLICT', reason: 'RATE_LIMITED' }), t)).toEqual({
      field: 'code',
      text: '这个网络输错加入码的次数太多，请 10 分钟后再试。',
    });
    expect(syncErrorText(refused({ path: ['deviceName'], message: 'deviceName: too long' }), t)).toEqual({
      field: 'deviceName',
      text: 'deviceName: too long',
    });
  });

  it('says a problem code or a lost backend in words, above the form', () => {
    expect(syncErrorText(refused({ code: 'CONFLICT', reason: 'UNREACHABLE' }), t)).toEqual({
      field: null,
      text: '连不上总部。请检查这台电脑的网络；LiveCue 会自动重试。',
    });
    expect(syncErrorText(refused({ code: 'UNAVAILABLE' }), t)).toEqual({ field: null, text: '与 LiveCue 后台服务断开了，请稍后再试。' });
    expect(syncErrorText(new Error('boom'), t)).toEqual({ field: null, text: 'boom' });
  });
});

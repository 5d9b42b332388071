import { describe, expect, it } from 'vitest';
import { HubRequestError } from '../../../../shared/api/hub/hubClient';
import { createI18n } from '../../i18n/i18n';
import { problemText } from './problemText';

describe('a failed call, said for the page', () => {
  const { t } = createI18n('zh-CN');
  const unreachable = new HubRequestError('UNREACHABLE', 'http://hub did not answer within 30 s');

  it('says an unreachable hub in the UI language, as a polled page retries it or as one request to try again', () => {
    expect(problemText(t, unreachable)).toBe('连不上总部服务器，显示的是上次加载的内容；每 10 秒自动重试。');
    expect(problemText(t, unreachable, { once: true })).toBe('连不上总部服务器，请检查网络后重试。');
  });

  it('says a refusal in plain words, and anything else with the hub’s message', () => {
    expect(problemText(t, new HubRequestError('REJECTED', '/v1/results: region 华南 is not yours', 'FORBIDDEN'))).toBe(
      '这个账号没有此权限。',
    );
    expect(problemText(t, new HubRequestError('BAD_RESPONSE', '/v1/results: HTTP 500'), { once: true })).toBe(
      '总部服务器的回答不正常：/v1/results: HTTP 500',
    );
  });
});

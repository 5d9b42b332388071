import { describe, expect, it } from 'vitest';
import { HubRequestError } from '../../../../shared/api/hub/hubClient';
import { createI18n } from '../../i18n/i18n';
import { resultsProblemText } from './resultsProblem';
import { failed, type Loaded } from './useLoad';

describe('a failed request on the results page', () => {
  const { t } = createI18n('zh-CN');

  it('keeps the error itself, and the data last shown', () => {
    const error = new HubRequestError('UNREACHABLE', 'http://hub did not answer within 30 s');
    const before: Loaded<number[]> = { state: 'loading', data: [1] };
    expect(failed(before, error)).toEqual({ state: 'error', error, data: [1] });
  });

  it('is said in the UI language, not in the hub’s English', () => {
    const unreachable = new HubRequestError('UNREACHABLE', 'http://hub did not answer within 30 s');
    expect(resultsProblemText(t, 'state.failed', unreachable)).toBe('无法加载业绩：连不上总部服务器，请检查网络后重试。');
    const forbidden = new HubRequestError('REJECTED', '/v1/results/stores/S9/sessions: store S9 is not in your regions', 'FORBIDDEN');
    expect(resultsProblemText(t, 'drill.failed', forbidden)).toBe('无法加载场次：这个账号没有此权限。');
    expect(resultsProblemText(t, 'export.failed', unreachable)).toBe('导出失败：连不上总部服务器，请检查网络后重试。');
  });
});

import { describe, expect, it } from 'vitest';
import { HubRequestError } from '../../../../shared/api/hub/hubClient';
import { checkStoreDraft, storeRefusal } from './createStoreForm';

const draft = { code: 'S001', name: '南京西路店', region: '华东', group: '' };

describe('the new-store form', () => {
  it('sends a good draft trimmed, as the contract wants it', () => {
    expect(checkStoreDraft({ ...draft, code: ' S001 ', name: ' 南京西路店 ' }, [])).toEqual({
      ok: true,
      body: { code: 'S001', name: '南京西路店', region: '华东', group: '' },
    });
  });

  it('names each field that is wrong', () => {
    expect(checkStoreDraft({ code: '', name: '', region: '', group: '' }, [])).toEqual({
      ok: false,
      errors: { code: 'codeRequired', name: 'nameRequired' },
    });
    expect(checkStoreDraft({ ...draft, code: 'S 01' }, [])).toEqual({ ok: false, errors: { code: 'codeInvalid' } });
    expect(checkStoreDraft({ ...draft, group: 'x'.repeat(101) }, [])).toEqual({ ok: false, errors: { group: 'tooLong' } });
  });

  it('asks an account with regions to choose one of them', () => {
    expect(checkStoreDraft({ ...draft, region: '' }, ['华东', '华南'])).toEqual({ ok: false, errors: { region: 'regionRequired' } });
    expect(checkStoreDraft({ ...draft, region: '华北' }, ['华东'])).toEqual({ ok: false, errors: { region: 'regionRequired' } });
    expect(checkStoreDraft(draft, ['华东']).ok).toBe(true);
  });

  it('puts the hub’s refusals on their fields', () => {
    expect(storeRefusal(new HubRequestError('REJECTED', '/v1/stores: taken', 'CONFLICT'))).toEqual({ code: 'codeTaken' });
    expect(storeRefusal(new HubRequestError('REJECTED', '/v1/stores: region', 'FORBIDDEN'))).toEqual({ region: 'regionForbidden' });
    expect(storeRefusal(new HubRequestError('REJECTED', '/v1/stores: body.name: too small', 'INVALID_PAYLOAD'))).toEqual({
      name: 'nameRequired',
    });
    expect(storeRefusal(new HubRequestError('UNREACHABLE', 'down'))).toBeNull();
    expect(storeRefusal(new Error('other'))).toBeNull();
  });
});

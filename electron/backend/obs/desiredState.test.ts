import { describe, expect, it } from 'vitest';
import { DesiredState } from './desiredState';

describe('desired state', () => {
  it('keeps the latest value per target and puts the scene switch last', () => {
    const d = new DesiredState();
    d.record({ kind: 'switchScene', scene: 'A' });
    d.record({ kind: 'setText', source: 'title', text: 'old' });
    d.record({ kind: 'setText', source: 'title', text: 'new' });
    d.record({ kind: 'setVisible', scene: 'A', source: 'img', visible: false });
    d.record({ kind: 'switchScene', scene: 'B' });
    expect(d.actions()).toEqual([
      { kind: 'setText', source: 'title', text: 'new' },
      { kind: 'setVisible', scene: 'A', source: 'img', visible: false },
      { kind: 'switchScene', scene: 'B' },
    ]);
  });

  it('changes its version only when a target gets a different value', () => {
    const d = new DesiredState();
    d.record({ kind: 'setText', source: 'title', text: 'A' });
    const v = d.version;
    d.record({ kind: 'setText', source: 'title', text: 'A' });
    expect(d.version).toBe(v);
    d.record({ kind: 'setText', source: 'title', text: 'B' });
    expect(d.version).toBe(v + 1);
  });
});

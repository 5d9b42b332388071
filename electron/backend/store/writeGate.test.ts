import { describe, expect, it } from 'vitest';
import { WriteGate } from './writeGate';

const tick = () => new Promise((r) => setImmediate(r));

describe('WriteGate', () => {
  it('runs operations at once while no long write is active', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const a = gate.run(async () => {
      order.push('a start');
      await tick();
      order.push('a end');
    });
    const b = gate.run(() => order.push('b'));
    await Promise.all([a, b]);
    expect(order).toEqual(['a start', 'b', 'a end']);
  });

  it('starts a long write only after operations in flight have finished', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const op = gate.run(async () => {
      await tick();
      await tick();
      order.push('op done');
    });
    const long = gate.longWrite(async () => {
      order.push('long start');
      return 'done';
    });
    await Promise.all([op, long]);
    expect(order).toEqual(['op done', 'long start']);
  });

  it('runs two long writes that wait for the same operation one after the other, never both at once', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const op = gate.run(async () => {
      await tick();
      order.push('op done');
    });
    const long = (name: string) =>
      gate.longWrite(async () => {
        order.push(`${name} start`);
        await tick();
        await tick();
        order.push(`${name} end`);
        return 'done';
      });
    await Promise.all([op, long('a'), long('b')]);
    expect(order).toEqual(['op done', 'a start', 'a end', 'b start', 'b end']);
  });

  it('makes a long write step aside for an arriving operation, then retries it', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    let opPromise: Promise<unknown> | null = null;
    await gate.longWrite(async (control) => {
      order.push(`attempt ${control.attempt}`);
      for (let slice = 0; slice < 5; slice++) {
        if (control.attempt === 1 && slice === 2 && !opPromise) opPromise = gate.run(() => order.push('op'));
        await tick();
        if (control.shouldStepAside()) {
          order.push(`rolled back at slice ${slice}`);
          return 'preempted';
        }
      }
      order.push('committed');
      return 'done';
    });
    await opPromise;
    expect(order).toEqual(['attempt 1', 'rolled back at slice 2', 'op', 'attempt 2', 'committed']);
  });

  it('stops stepping aside after the preemption limit; operations then wait for the commit', async () => {
    const gate = new WriteGate({ maxPreemptions: 1 });
    const order: string[] = [];
    const ops: Promise<unknown>[] = [];
    await gate.longWrite(async (control) => {
      order.push(`attempt ${control.attempt}`);
      ops.push(gate.run(() => order.push(`op during ${control.attempt}`)));
      for (let slice = 0; slice < 3; slice++) {
        await tick();
        if (control.shouldStepAside()) return 'preempted';
      }
      order.push(`committed ${control.attempt}`);
      return 'done';
    });
    await Promise.all(ops);
    expect(order).toEqual(['attempt 1', 'op during 1', 'attempt 2', 'committed 2', 'op during 2']);
  });

  it('releases waiting operations when the long write throws', async () => {
    const gate = new WriteGate();
    let op: Promise<string> | null = null;
    await expect(
      gate.longWrite(async () => {
        op = gate.run(() => 'ran');
        await tick();
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await (op as unknown as Promise<string>)).toBe('ran');
    expect(gate.longWriteActive).toBe(false);
  });

  it('lets an everyday operation wait out the grace a long write asks for near its end; a priority one never waits', async () => {
    let now = 1000;
    const gate = new WriteGate({ now: () => now });
    const order: string[] = [];
    const ops: Promise<unknown>[] = [];
    await gate.longWrite(async (control) => {
      order.push(`attempt ${control.attempt}`);
      const asked = now;
      if (control.attempt === 1) ops.push(gate.run(() => order.push('edit')));
      if (control.attempt === 2) ops.push(gate.run(() => order.push('GO'), { priority: true }));
      for (const waited of [0, 30, 49, 50]) {
        now = asked + waited;
        await tick();
        if (control.shouldStepAside(50)) {
          order.push(`stepped aside after ${waited} ms`);
          return 'preempted';
        }
      }
      order.push('committed');
      return 'done';
    });
    await Promise.all(ops);
    expect(order).toEqual([
      'attempt 1',
      'stepped aside after 50 ms',
      'edit',
      'attempt 2',
      'stepped aside after 0 ms',
      'GO',
      'attempt 3',
      'committed',
    ]);
  });

  it('steps aside at once when a priority operation comes to join an everyday one waiting out a grace', async () => {
    const gate = new WriteGate({ now: () => 0 }); // the grace alone would never run out
    const order: string[] = [];
    const ops: Promise<unknown>[] = [];
    await gate.longWrite(async (control) => {
      order.push(`attempt ${control.attempt}`);
      if (control.attempt === 1) ops.push(gate.run(() => order.push('edit')));
      for (let slice = 0; slice < 4; slice++) {
        if (control.attempt === 1 && slice === 2) ops.push(gate.run(() => order.push('GO'), { priority: true }));
        await tick();
        if (control.shouldStepAside(50)) {
          order.push(`stepped aside at slice ${slice}`);
          return 'preempted';
        }
      }
      order.push('committed');
      return 'done';
    });
    await Promise.all(ops);
    expect(order).toEqual(['attempt 1', 'stepped aside at slice 2', 'edit', 'GO', 'attempt 2', 'committed']);
  });

  it('takes anything but a positive grace for none', async () => {
    for (const graceMs of [0, -5, Number.NaN]) {
      const gate = new WriteGate({ now: () => 0 });
      let stepped = false;
      let op: Promise<unknown> | null = null;
      await gate.longWrite(async (control) => {
        if (control.attempt > 1) return 'done';
        op = gate.run(() => undefined);
        await tick();
        stepped = control.shouldStepAside(graceMs);
        return stepped ? 'preempted' : 'done';
      });
      await op;
      expect(stepped, `grace ${graceMs}`).toBe(true);
    }
  });

  it('past the preemption limit, an everyday operation waits for the commit whatever the grace; a priority one still not', async () => {
    const gate = new WriteGate({ maxPreemptions: 0, now: () => 0 });
    const asked: boolean[] = [];
    const ops: Promise<unknown>[] = [];
    await gate.longWrite(async (control) => {
      if (control.attempt > 1) return 'done';
      ops.push(gate.run(() => undefined));
      await tick();
      asked.push(control.shouldStepAside(50), control.shouldStepAside());
      ops.push(gate.run(() => undefined, { priority: true }));
      await tick();
      asked.push(control.shouldStepAside(50));
      return 'preempted';
    });
    await Promise.all(ops);
    expect(asked).toEqual([false, false, true]);
  });

  it('lets a priority operation (a live command) preempt even past the limit', async () => {
    const gate = new WriteGate({ maxPreemptions: 0 });
    const order: string[] = [];
    let op: Promise<unknown> | null = null;
    await gate.longWrite(async (control) => {
      order.push(`attempt ${control.attempt}`);
      if (control.attempt === 1) op = gate.run(() => order.push('GO'), { priority: true });
      await tick();
      if (control.shouldStepAside()) return 'preempted';
      order.push('committed');
      return 'done';
    });
    await op;
    expect(order).toEqual(['attempt 1', 'GO', 'attempt 2', 'committed']);
  });
});

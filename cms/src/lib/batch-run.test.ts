import { overlapped } from './batch-run';

/** A step whose end the test decides: the parts started so far, and a way to finish each. */
function controlledSteps() {
  const started: number[] = [];
  const finish = new Map<number, { resolve(value: string): void; reject(error: Error): void }>();
  const step = (part: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(part);
      finish.set(part, { resolve, reject });
    });
  return { started, finish, step };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('overlapped batches', () => {
  it('hands the results over in order, the next step started before this result is handed over, never more than two at once', async () => {
    const { started, finish, step } = controlledSteps();
    const results: string[] = [];
    const consumed = (async () => {
      for await (const result of overlapped([1, 2, 3], step)) results.push(result);
    })();
    await turn();
    expect(started).toEqual([1, 2]);
    // The second finishing first is held back until the first is handed over.
    finish.get(2)!.resolve('two');
    await turn();
    expect(results).toEqual([]);
    finish.get(1)!.resolve('one');
    await turn();
    expect(results).toEqual(['one', 'two']);
    expect(started).toEqual([1, 2, 3]);
    finish.get(3)!.resolve('three');
    await consumed;
    expect(results).toEqual(['one', 'two', 'three']);
  });

  it('stops at a failed step, after the step already started beside it has finished', async () => {
    const { started, finish, step } = controlledSteps();
    let settled = false;
    const consumed = (async () => {
      for await (const _ of overlapped([1, 2, 3], step));
    })().finally(() => (settled = true));
    await turn();
    finish.get(1)!.reject(new Error('batch 1 failed'));
    await turn();
    // Batch 2 is its own transaction, still running: the run waits for it before it reports the failure.
    expect(settled).toBe(false);
    finish.get(2)!.resolve('two');
    await expect(consumed).rejects.toThrow('batch 1 failed');
    expect(started).toEqual([1, 2]);
  });

  it('lets a step started beside a failed one fail too without an unhandled rejection', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { finish, step } = controlledSteps();
      const consumed = (async () => {
        for await (const _ of overlapped([1, 2], step));
      })();
      await turn();
      finish.get(2)!.reject(new Error('batch 2 failed'));
      await turn();
      finish.get(1)!.reject(new Error('batch 1 failed'));
      await expect(consumed).rejects.toThrow('batch 1 failed');
      await turn();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('finishes the step in flight when the reader stops early (a client gone between two batches)', async () => {
    const { started, finish, step } = controlledSteps();
    let settled = false;
    const consumed = (async () => {
      for await (const result of overlapped([1, 2, 3], step)) if (result === 'one') break;
    })().finally(() => (settled = true));
    await turn();
    finish.get(1)!.resolve('one');
    await turn();
    expect(settled).toBe(false);
    finish.get(2)!.resolve('two');
    await consumed;
    expect(started).toEqual([1, 2]);
  });
});

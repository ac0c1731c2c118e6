import { lazyService } from '../../../src/services/lazyService';

interface ICounter {
  add(n: number): Promise<number>;
  total(): Promise<number>;
}

class Counter implements ICounter {
  private sum = 0;
  public async add(n: number): Promise<number> {
    this.sum += n;
    return this.sum;
  }
  public async total(): Promise<number> {
    return this.sum;
  }
}

describe('lazyService', () => {
  it('loads nothing until the first call, then loads once and calls the real methods on one instance', async () => {
    const load = jest.fn(async () => new Counter());
    const counter = lazyService<ICounter>(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([counter.add(2), counter.add(3)]);
    expect(await counter.total()).toBe(5);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes the real method’s rejection through', async () => {
    const counter = lazyService<ICounter>(async () => ({ add: () => Promise.reject(new Error('refused')), total: async () => 0 }));
    await expect(counter.add(1)).rejects.toThrow('refused');
  });

  it('does not keep a failed load: the next call downloads again', async () => {
    const load = jest.fn<Promise<ICounter>, []>().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(new Counter());
    const counter = lazyService<ICounter>(load);
    await expect(counter.add(1)).rejects.toThrow('chunk failed');
    expect(await counter.add(4)).toBe(4);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is not a thenable, so awaiting the stand-in gives the stand-in', async () => {
    const counter = lazyService<ICounter>(async () => new Counter());
    expect(await Promise.resolve(counter)).toBe(counter);
  });
});

import { lazyService, preloadService } from '../../../src/services/lazyService';

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

  it('preloadService downloads the chunk once without calling anything; the first call uses that load', async () => {
    const real = new Counter();
    const add = jest.spyOn(real, 'add');
    const load = jest.fn(async () => real);
    const counter = lazyService<ICounter>(load);
    preloadService(counter);
    preloadService(counter);
    expect(load).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(add).not.toHaveBeenCalled();
    expect(await counter.add(2)).toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed preload is reported by the first call, which downloads again; other services are left alone', async () => {
    const load = jest.fn<Promise<ICounter>, []>().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(new Counter());
    const counter = lazyService<ICounter>(load);
    preloadService(counter);
    await new Promise((r) => setTimeout(r, 0));
    expect(await counter.add(3)).toBe(3);
    expect(load).toHaveBeenCalledTimes(2);
    // A service that is no stand-in (a fake, an eager service) has nothing to start.
    expect(() => preloadService(new Counter())).not.toThrow();
  });
});

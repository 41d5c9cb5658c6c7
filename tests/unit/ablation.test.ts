import {describe, expect, it} from 'vitest';
import {verdict, type AblationRuns} from '../../scripts/lib/ablation';
import {mechanismsOff, pageLoadMechanisms} from '../../src/plugins/page-load/ablation';

const run = (performance: number, tbt: number) => ({performance, tbt});
const five = (performance: number, tbt: number) => [run(performance, tbt), run(performance, tbt + 4), run(performance, tbt - 4), run(100, tbt + 1000), run(50, tbt - 1000)];

describe('ablation rule (keep a mechanism only if removing it costs ≥ 20 ms TBT or ≥ 1 point)', () => {
  const runs: AblationRuns = {
    '15': {
      'alles aan': {home: five(99, 50), finder: five(100, 0)},
      'costly-tbt': {home: five(99, 70), finder: five(100, 0)},
      'just-below': {home: five(99, 69), finder: five(100, 19)},
      'costly-point': {home: five(98, 50), finder: five(100, 0)},
    },
    '1000': {
      'alles aan': {home: five(97, 100)},
      'costly-tbt': {home: five(97, 100)},
      'just-below': {home: five(97, 119)},
      'costly-point': {home: five(97, 100)},
      'only-at-scale': {home: five(96, 100)},
    },
  };

  it('keeps a mechanism whose removal adds 20 ms of median TBT on one page', () => {
    const v = verdict(runs, 'costly-tbt');
    expect(v.keep).toBe(true);
    expect(v.reasons).toEqual([{size: '15', page: 'home', tbtMs: 20, points: 0}]);
  });

  it('removes a mechanism whose removal costs 19 ms and no point anywhere', () => {
    const v = verdict(runs, 'just-below');
    expect(v.keep).toBe(false);
    expect(Math.max(...v.costs.map((c) => c.tbtMs))).toBe(19);
  });

  it('keeps a mechanism whose removal costs one point of the median score', () => {
    expect(verdict(runs, 'costly-point').reasons).toEqual([{size: '15', page: 'home', tbtMs: 0, points: 1}]);
  });

  it('judges every size: a cost at 1,000 practices alone is enough', () => {
    const v = verdict(runs, 'only-at-scale');
    expect(v.keep).toBe(true);
    expect(v.reasons.map((c) => c.size)).toEqual(['1000']);
  });

  it('uses medians, so one outlier run neither keeps nor removes a mechanism', () => {
    // Each five() holds one run at +1000 ms and one at −1000 ms; the median ignores both.
    expect(verdict(runs, 'costly-tbt').costs.find((c) => c.page === 'home' && c.size === '15')?.tbtMs).toBe(20);
  });
});

describe('KENNISBANK_PAGE_LOAD_OFF', () => {
  it('is empty when unset, so a normal build keeps every mechanism', () => {
    expect(mechanismsOff(undefined).size).toBe(0);
    expect(mechanismsOff('').size).toBe(0);
  });

  it('reads a comma-separated list', () => {
    expect([...mechanismsOff('lazy-routes, idle-prefetch')]).toEqual(['lazy-routes', 'idle-prefetch']);
  });

  it('rejects an unknown name and lists the valid ones, so a typo cannot measure the wrong build', () => {
    expect(() => mechanismsOff('lazy-route')).toThrow(/onbekend mechanisme lazy-route; kies uit .*lazy-routes/);
    expect(pageLoadMechanisms).toHaveLength(8);
  });
});

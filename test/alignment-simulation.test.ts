import { describe, expect, it } from 'vitest';
import { createOfflineReplyGenerator } from './sim/reply-generator';
import { runAlignmentSimulation, turnsToReach } from './sim/run-alignment-simulation';

describe('alignment simulation (offline model, simulated users choosing through the detectors)', () => {
  it('active comparisons reach agreement 0.45 in fewer turns than random ones, and PBA replies satisfy more', async () => {
    const turns = 10;
    const [active, random, none] = await runAlignmentSimulation({
      arms: [
        { name: 'active', mode: 'pba', strategy: 'information-gain' },
        { name: 'random', mode: 'pba', strategy: 'random' },
        { name: 'none', mode: 'none', strategy: 'information-gain' },
      ],
      users: 24,
      turns,
      generate: createOfflineReplyGenerator(),
    });
    if (!active || !random || !none) throw new Error('missing arm');
    const activeTurns = turnsToReach(active, 0.45) ?? turns + 1;
    const randomTurns = turnsToReach(random, 0.45) ?? turns + 1;
    expect(activeTurns).toBeLessThanOrEqual(turns);
    expect(activeTurns).toBeLessThan(randomTurns);

    const late = (curve: typeof active) =>
      curve.turns.slice(-4).reduce((sum, entry) => sum + entry.satisfaction, 0) / 4;
    expect(none.turns.every((entry) => entry.satisfaction === 0.5)).toBe(true);
    expect(late(active)).toBeGreaterThan(0.6);
  }, 60_000);
});

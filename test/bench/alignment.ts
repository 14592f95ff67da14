// Alignment benchmark: simulated users with hidden preferences talk to the offline model
// through the real personalization loop. Run alone: npx tsx test/bench/alignment.ts [--users 40] [--json]
import { pathToFileURL } from 'node:url';
import { createOfflineReplyGenerator } from '../sim/reply-generator';
import {
  type ArmCurve,
  runAlignmentSimulation,
  type SimulationArm,
  turnsToReach,
} from '../sim/run-alignment-simulation';

/** The arms: active vs random comparisons (both PBA), and PBA vs ICA vs none (all active). */
export const ALIGNMENT_ARMS: readonly SimulationArm[] = [
  { name: 'active (pba)', mode: 'pba', strategy: 'information-gain' },
  { name: 'random (pba)', mode: 'pba', strategy: 'random' },
  { name: 'ica', mode: 'ica', strategy: 'information-gain' },
  { name: 'both', mode: 'both', strategy: 'information-gain' },
  { name: 'none', mode: 'none', strategy: 'information-gain' },
];

/** The agreement level whose turns-to-reach the summary reports. */
export const TARGET_AGREEMENT = 0.45;

/** One row per arm and turn (1-10): mean agreement with the hidden vector and mean satisfaction. */
export interface AlignmentBenchRow extends Record<string, string | number> {
  bench: 'alignment';
  arm: string;
  turn: number;
  agreement: number;
  satisfaction: number;
  /** First turn the arm's mean agreement reached {@link TARGET_AGREEMENT}, or `'not reached'`. */
  turnsToTarget: number | 'not reached';
}

/** Options of {@link bench}. */
export interface AlignmentBenchOptions {
  /** Simulated users per arm; default 40. */
  users?: number;
  /** Turns per user; default 10. */
  turns?: number;
  /** Base seed; default 1. */
  seed?: number;
}

/** Runs the simulation and returns the curves. */
export async function curves(options: AlignmentBenchOptions = {}): Promise<ArmCurve[]> {
  return runAlignmentSimulation({
    arms: ALIGNMENT_ARMS,
    users: options.users ?? 40,
    turns: options.turns ?? 10,
    seed: options.seed ?? 1,
    generate: createOfflineReplyGenerator(),
  });
}

/** Rows for `npm run bench`. */
export async function bench(options: AlignmentBenchOptions = {}): Promise<AlignmentBenchRow[]> {
  return (await curves(options)).flatMap((curve) =>
    curve.turns.map((entry) => ({
      bench: 'alignment' as const,
      arm: curve.arm.name,
      turn: entry.turn,
      agreement: Number(entry.agreement.toFixed(3)),
      satisfaction: Number(entry.satisfaction.toFixed(3)),
      turnsToTarget: turnsToReach(curve, TARGET_AGREEMENT) ?? 'not reached',
    })),
  );
}

const bar = (value: number, width = 20): string => '█'.repeat(Math.round(value * width)).padEnd(width, '·');

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? Number(argv[index + 1]) : undefined;
  };
  const options = {
    users: option('--users') ?? 40,
    turns: option('--turns') ?? 10,
    seed: option('--seed') ?? 1,
  };
  const results = await curves(options);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(results.map((curve) => ({ arm: curve.arm, turns: curve.turns }))));
    return;
  }
  console.log(
    `Alignment simulation: ${options.users} users per arm, ${options.turns} turns, one comparison per turn, offline model.\n` +
      "agreement = share of the user's non-indifferent style axes the estimate leans the right way on;\n" +
      'satisfaction = P(user prefers the conditioned reply over an unconditioned one), 0.5 = no better.\n',
  );
  for (const metric of ['agreement', 'satisfaction'] as const) {
    console.log(`${metric} per turn`);
    for (const curve of results) {
      const values = curve.turns.map((entry) => entry[metric]);
      console.log(
        `  ${curve.arm.name.padEnd(13)} ${bar(values.at(-1) ?? 0)} ${values.map((v) => v.toFixed(2)).join(' ')}`,
      );
    }
  }
  console.log(`\nturns to reach agreement ${TARGET_AGREEMENT}:`);
  for (const curve of results)
    console.log(
      `  ${curve.arm.name.padEnd(13)} ${turnsToReach(curve, TARGET_AGREEMENT) ?? `> ${options.turns}`}`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));

/**
 * Why the cold start predicts what it does on a P-Soups file, without any label:
 * `npx tsx test/bench/psoups-diagnose.ts <file.json>`. Per detector attribute, how often it
 * differs between the two replies of a comparison (coverage), how often the sign of that
 * difference on one of a user's comparisons agrees with the sign on their held-out pair
 * (consistency: a user who always picks the reply higher on it scores 1, a coin 0.5), and the
 * one-shot accuracy of a cold start that saw that attribute alone. Then where one comparison's
 * update goes (the share of the posterior mean per dimension) and the cold-start accuracy.
 * Reads only what `loadPsoups` keeps (never `ground_truth_persona`).
 */
import { pathToFileURL } from 'node:url';
import { createPersona } from '@attune/core';
import { detectAttributes } from '../../packages/core/src/detectors';
import { alignxSpace } from '../../packages/core/src/persona/alignx-space';
import { loadPsoups, type PsoupsCase } from './psoups-data';

/** A difference this small counts as none. */
const NO_DIFFERENCE = 1e-3;

/** One attribute's figures, in fractions. */
export interface AttributeDiagnosis {
  attribute: string;
  coverage: number;
  consistency: number;
  oneShotAlone: number;
}

/** Everything `diagnosePsoups` measures on a file. */
export interface PsoupsDiagnosis {
  attributes: AttributeDiagnosis[];
  /** Mean number of dimensions one comparison moves, and each dimension's share of the moved mean (largest first). */
  update: { dimensionsMoved: number; shares: Array<{ dimension: string; share: number }> };
  coldStart: Array<{ shots: number; accuracy: number }>;
}

const differenceOf = (a: string, b: string): Record<string, number> => {
  const chosen = detectAttributes(a, alignxSpace);
  const rejected = detectAttributes(b, alignxSpace);
  return Object.fromEntries(
    alignxSpace.attributes.map((name) => [name, (chosen[name] ?? 0) - (rejected[name] ?? 0)]),
  );
};

/** The attribute a diagnosis reports: topics together, everything else on its own. */
const groupOf = (attribute: string) => (attribute.startsWith('topic:') ? 'topics' : attribute);

function attributeTable(cases: readonly PsoupsCase[]): AttributeDiagnosis[] {
  const tally = new Map<
    string,
    { differs: number; seen: number; both: number; agree: number; right: number }
  >();
  for (const c of cases) {
    const held = differenceOf(c.chosen, c.rejected);
    const first = c.feedback[0];
    const firstDifference = first ? differenceOf(first.chosen, first.rejected) : undefined;
    const shots = c.feedback.map((f) => differenceOf(f.chosen, f.rejected));
    for (const attribute of alignxSpace.attributes) {
      const group = groupOf(attribute);
      const t = tally.get(group) ?? { differs: 0, seen: 0, both: 0, agree: 0, right: 0 };
      const h = held[attribute] ?? 0;
      for (const shot of shots) {
        const d = shot[attribute] ?? 0;
        t.seen += 1;
        if (Math.abs(d) > NO_DIFFERENCE) t.differs += 1;
        if (Math.abs(d) > NO_DIFFERENCE && Math.abs(h) > NO_DIFFERENCE) {
          t.both += 1;
          if (Math.sign(d) === Math.sign(h)) t.agree += 1;
        }
      }
      const product = (firstDifference?.[attribute] ?? 0) * h;
      t.right += product > 0 ? 1 : product === 0 ? 0.5 : 0;
      tally.set(group, t);
    }
  }
  return [...tally]
    .map(([attribute, t]) => ({
      attribute,
      coverage: t.differs / Math.max(1, t.seen),
      consistency: t.both === 0 ? Number.NaN : t.agree / t.both,
      // Topics are many attributes: their one-shot figure would count each topic apart.
      oneShotAlone: attribute === 'topics' ? Number.NaN : t.right / cases.length,
    }))
    .filter((row) => row.coverage > 0)
    .sort((p, q) => q.coverage * (q.consistency - 0.5) - p.coverage * (p.consistency - 0.5));
}

function updateSpread(cases: readonly PsoupsCase[]): PsoupsDiagnosis['update'] {
  const mass = new Map<string, number>();
  let total = 0;
  let moved = 0;
  for (const c of cases) {
    const first = c.feedback[0];
    if (!first) continue;
    const persona = createPersona({ detect: detectAttributes });
    persona.observe({ kind: 'comparison', at: 0, ...first });
    for (const d of persona.directions()) {
      const size = Math.abs(d.mean);
      if (size < 1e-6) continue;
      moved += 1;
      total += size;
      mass.set(d.id, (mass.get(d.id) ?? 0) + size);
    }
  }
  return {
    dimensionsMoved: moved / Math.max(1, cases.length),
    shares: [...mass]
      .map(([dimension, m]) => ({ dimension, share: m / Math.max(total, Number.MIN_VALUE) }))
      .sort((p, q) => q.share - p.share),
  };
}

function coldStart(cases: readonly PsoupsCase[], shotCounts: readonly number[]) {
  return shotCounts.map((shots) => {
    let hits = 0;
    for (const c of cases) {
      const persona = createPersona({ detect: detectAttributes });
      c.feedback.slice(0, shots).forEach((f, at) => {
        persona.observe({ kind: 'comparison', at, ...f });
      });
      const p = persona.preferenceProbability(c.chosen, c.rejected);
      hits += p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0;
    }
    return { shots, accuracy: hits / cases.length };
  });
}

/** Diagnoses the cold start on a P-Soups file (see the file comment). */
export function diagnosePsoups(file: string, shotCounts: readonly number[] = [1, 2, 4]): PsoupsDiagnosis {
  const cases = loadPsoups(file);
  return {
    attributes: attributeTable(cases),
    update: updateSpread(cases),
    coldStart: coldStart(cases, shotCounts),
  };
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) {
    console.error('usage: npx tsx test/bench/psoups-diagnose.ts <file.json>');
    process.exit(2);
  }
  const report = diagnosePsoups(file);
  const pct = (x: number) => (Number.isNaN(x) ? '' : `${(x * 100).toFixed(1)} %`);
  console.log(`${file}: per attribute (best separators of the file's users first)`);
  console.table(
    report.attributes.map((a) => ({
      attribute: a.attribute,
      coverage: pct(a.coverage),
      consistency: pct(a.consistency),
      'one shot, alone': pct(a.oneShotAlone),
    })),
  );
  console.log(
    `one comparison moves ${report.update.dimensionsMoved.toFixed(1)} dimensions; share of the moved mean: ${report.update.shares
      .slice(0, 10)
      .map((s) => `${s.dimension} ${pct(s.share)}`)
      .join(', ')}`,
  );
  console.log(`cold start: ${report.coldStart.map((r) => `${r.shots} shots ${pct(r.accuracy)}`).join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));

import { describe, expect, it } from 'vitest';
import { accuracy, type BaseEvaluation, evaluateKnowledge } from './bench/knowledge-base';
import { siteQuestions } from './bench/knowledge-data';

const misses = (base: BaseEvaluation) =>
  [...base.tuned, ...base.heldOut, ...base.unseen, ...base.offTopic, ...base.unseenOffTopic]
    .filter((outcome) => !outcome.correct)
    .map((outcome) => `${outcome.question} → ${outcome.answeredFrom ?? 'no answer'}`);

describe('knowledge-base evaluation of the offline model', () => {
  it('has at least 60 site questions with both halves and 10 off-topic ones', async () => {
    expect(siteQuestions.length).toBeGreaterThanOrEqual(60);
    const [site] = await evaluateKnowledge();
    expect(site?.heldOut.length).toBeGreaterThanOrEqual(30);
    expect(site?.offTopic.length).toBeGreaterThanOrEqual(10);
    expect(site?.unseen.length).toBeGreaterThanOrEqual(30);
    expect(site?.unseenOffTopic.length).toBeGreaterThanOrEqual(10);
  });

  it('answers the site questions from the right article and declines off-topic ones', async () => {
    const [site] = await evaluateKnowledge();
    if (!site) throw new Error('no site evaluation');
    // Targets of issue 16 are 95 % and 100 %; these floors catch regressions of what is measured
    // now (2026-11-29: 44/45, 33/35, 12/12; the unseen set 26/35 and 9/10).
    expect(accuracy(site.tuned), misses(site).join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(accuracy(site.heldOut), misses(site).join('\n')).toBeGreaterThanOrEqual(0.94);
    expect(accuracy(site.offTopic), misses(site).join('\n')).toBe(1);
    expect(accuracy(site.unseen), misses(site).join('\n')).toBeGreaterThanOrEqual(0.74);
    expect(accuracy(site.unseenOffTopic), misses(site).join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('answers every question on bases of 1, 2 and 5 documents and declines their off-topic ones', async () => {
    const [, ...small] = await evaluateKnowledge();
    expect(small.map((base) => base.documents)).toEqual([1, 2, 5]);
    for (const base of small.slice(0, 2)) expect(misses(base), base.name).toEqual([]);
    const five = small[2];
    if (!five) throw new Error('no five-document evaluation');
    expect(accuracy([...five.tuned, ...five.heldOut]), misses(five).join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(accuracy(five.offTopic)).toBe(1);
  });
});

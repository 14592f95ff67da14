import { generateText, type LanguageModel, Output } from 'ai';
import * as z from 'zod';
import { STYLE_AXES } from '../style/style';
import { alignxSpace } from './alignx-space';
import type { Attributes } from './detect-attributes';
import type { DescriptionSignal, ExplicitSignal } from './signals';
import { type PreferenceSpace, topicAttribute } from './space';

/** Options of `createLlmDetector`. */
export interface LlmDetectorOptions {
  /** Any AI SDK language model. */
  model: LanguageModel;
  /** The space whose dimensions and topics the model reads into; `alignxSpace` by default. */
  space?: PreferenceSpace;
}

/** A detector that asks a language model (structured output) instead of reading the text locally. */
export interface LlmDetector {
  /** Attribute levels of a text (style axes, safety, helpfulness, sentiment, topics). */
  detect(text: string): Promise<Attributes>;
  /** Reads a free-text self-description into explicit (unpinned) settings for `persona.observe`. */
  describe(signal: DescriptionSignal): Promise<ExplicitSignal[]>;
}

const level = z.number().min(-1).max(1);

/** Creates an LLM-backed detector through `generateText` with `Output.object`. */
export function createLlmDetector(options: LlmDetectorOptions): LlmDetector {
  const space = options.space ?? alignxSpace;
  const topics = space.dimensions.filter((d) => d.keywords.length > 0).map((d) => d.id);
  const attributeSchema = z.object({
    ...Object.fromEntries(STYLE_AXES.map((axis) => [axis, level])),
    safety: level,
    helpfulness: level,
    sentiment: level,
    topics: z.array(z.string()),
  });
  const descriptionSchema = z.object({
    dimensions: z.array(z.object({ id: z.string(), direction: z.number().min(0).max(1) })),
  });
  return {
    async detect(text) {
      const { output } = await generateText({
        model: options.model,
        output: Output.object({ schema: attributeSchema }),
        instructions:
          `Rate the reply on each attribute from -1 to 1: ${STYLE_AXES.join(', ')} ` +
          '(-1 terse/casual/cold/serious/beginner/prose/matter-of-fact, +1 detailed/formal/warm/playful/expert/structured/empathic), ' +
          'safety (caution about harm), helpfulness, sentiment (tone). ' +
          `List the topics it is about, chosen from: ${topics.join(', ')}.`,
        prompt: text,
      });
      const attributes: Attributes = {};
      for (const [name, value] of Object.entries(output))
        if (typeof value === 'number') attributes[name] = value;
      for (const id of output.topics) if (topics.includes(id)) attributes[topicAttribute(id)] = 1;
      return attributes;
    },
    async describe(signal) {
      const { output } = await generateText({
        model: options.model,
        output: Output.object({ schema: descriptionSchema }),
        instructions:
          'A user describes themselves. For each dimension the description clearly speaks to, give its id and a ' +
          'direction: 1 = positive pole, 0 = negative pole. Leave out every dimension it does not speak to. Dimensions ' +
          `(id: positive / negative): ${space.dimensions.map((d) => `${d.id}: ${d.positive} / ${d.negative}`).join('; ')}`,
        prompt: signal.text,
      });
      return output.dimensions
        .filter((d) => space.indexOf(d.id) >= 0)
        .map((d) => ({
          kind: 'explicit',
          at: signal.at,
          weight: signal.weight,
          dimension: d.id,
          direction: d.direction,
        }));
    },
  };
}

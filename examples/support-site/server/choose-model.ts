import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { createOfflineModel } from '@attune/core/offline';
import { articles } from '../knowledge/articles';
import { withArticles } from './with-articles';

/** The model the site answers with, and a line saying which it is. */
export interface ChosenModel {
  model: LanguageModelV4;
  description: string;
}

/** The environment variables that pick the model. */
export interface ModelEnvironment {
  OPENAI_BASE_URL?: string;
  OPENAI_API_KEY?: string;
  ATTUNE_MODEL?: string;
  /** Delay between streamed chunks of the offline model in ms (default: its realistic pace). */
  ATTUNE_OFFLINE_PACING_MS?: string;
}

/**
 * By default the embedded offline model over the Parcelwise articles (no key, no network). With
 * `OPENAI_BASE_URL` set, any OpenAI-compatible chat completions endpoint, through
 * `@ai-sdk/openai-compatible`: `ATTUNE_MODEL` names the model and `OPENAI_API_KEY` is sent when set;
 * each call gives it the articles relevant to the conversation (`withArticles`).
 * Throws a clear error for an incomplete or malformed configuration.
 */
export function chooseModel(env: ModelEnvironment): ChosenModel {
  const baseURL = env.OPENAI_BASE_URL?.trim();
  if (baseURL) {
    try {
      new URL(baseURL);
    } catch {
      throw new Error(`OPENAI_BASE_URL is not a URL: "${baseURL}".`);
    }
    const modelId = env.ATTUNE_MODEL?.trim();
    if (!modelId) throw new Error('OPENAI_BASE_URL is set, so ATTUNE_MODEL must name the model to use.');
    const apiKey = env.OPENAI_API_KEY?.trim();
    const provider = createOpenAICompatible({
      name: 'openai-compatible',
      baseURL,
      includeUsage: true,
      ...(apiKey ? { apiKey } : {}),
    });
    // The endpoint's model has never read the help centre: each call carries the articles it needs.
    return {
      model: withArticles(provider.chatModel(modelId), articles),
      description: `${modelId} at ${baseURL}`,
    };
  }
  const pacing =
    env.ATTUNE_OFFLINE_PACING_MS === undefined ? undefined : Number(env.ATTUNE_OFFLINE_PACING_MS);
  if (pacing !== undefined && !(Number.isFinite(pacing) && pacing >= 0)) {
    throw new Error(
      `ATTUNE_OFFLINE_PACING_MS must be a number of milliseconds, got "${env.ATTUNE_OFFLINE_PACING_MS}".`,
    );
  }
  return {
    model: createOfflineModel({
      knowledge: articles,
      signature: 'The Parcelwise support team',
      supportContact: '0330 010 2040 or help@parcelwise.example',
      ...(pacing === undefined ? {} : { pacing }),
    }),
    description: 'the offline model over the Parcelwise help-centre articles',
  };
}

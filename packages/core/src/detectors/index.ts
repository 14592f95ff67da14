/**
 * The text detectors as plain synchronous functions. The main entry loads the local ones on
 * demand (`persona.ready()`); import them from here to call them directly, e.g. in Node or to
 * pass `detect` to `createPersona`.
 *
 * @module @attune/core/detectors
 */
export {
  type AttributeDetector,
  type Attributes,
  detectAttributes,
  detectStyle,
  TONE_ATTRIBUTES,
} from '../persona/detect-attributes';
export { createLlmDetector, type LlmDetector, type LlmDetectorOptions } from '../persona/llm-detector';

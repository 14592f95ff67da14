import { ALIGNX_DIMENSIONS } from './alignx-space-data';
import { type AttributeLink, type DimensionInput, defineSpace, type PreferenceSpace } from './space';

/** The declared attribute mapping of the AlignX space (dimension id → links). */
const ALIGNX_MEASURES: Record<string, readonly AttributeLink[]> = {
  communication_concise: [{ attribute: 'detail', weight: -1 }],
  complexity: [{ attribute: 'expertise', weight: 1 }],
  play: [{ attribute: 'humour', weight: 1 }],
  humor: [{ attribute: 'humour', weight: 1 }],
  agreeableness: [{ attribute: 'warmth', weight: 1 }],
  affiliation: [{ attribute: 'warmth', weight: 1 }],
  order: [{ attribute: 'structure', weight: 1 }],
  emotions: [{ attribute: 'empathy', weight: 1 }],
  // A reply's empathy meets the need for succorance (comfort from others), not nurturance (caring for others).
  succorance: [{ attribute: 'empathy', weight: 1 }],
  interaction_superficial: [{ attribute: 'formality', weight: -1 }],
  harmlessness: [{ attribute: 'safety', weight: 1 }],
  helpfulness: [{ attribute: 'helpfulness', weight: 1 }],
  // Tone marks, each on the dimension it is the plainest surface sign of.
  extraversion: [{ attribute: 'exclamation', weight: 1 }],
  openness: [{ attribute: 'question', weight: 1 }],
  deference: [{ attribute: 'positive-words', weight: 1 }],
  neuroticism: [{ attribute: 'negative-words', weight: 1 }],
  conflict_direct: [{ attribute: 'second-person', weight: 1 }],
  recognition: [{ attribute: 'first-person', weight: 1 }],
  contrariance: [{ attribute: 'negation', weight: 1 }],
  creative_expression: [{ attribute: 'quotation', weight: 1 }],
  coherence: [{ attribute: 'word-length', weight: 1 }],
};

/** Topic words of the AlignX interest dimensions (matched by word prefix). */
const ALIGNX_KEYWORDS: Record<string, readonly string[]> = {
  science: ['science', 'scientific', 'physics', 'chemistry', 'biology', 'experiment'],
  knowledge: ['knowledge', 'fact', 'learn', 'trivia'],
  psychology: ['psychology', 'psychologist', 'cognitive', 'behavio', 'mental'],
  cinema: ['cinema', 'film', 'movie', 'director'],
  entertainment: ['entertainment', 'show', 'tv', 'series'],
  gaming: ['gaming', 'game', 'gamer', 'console', 'video game'],
  parenting: ['parenting', 'parent', 'toddler', 'child', 'kids'],
  wild_imagination: ['imagination', 'imagine', 'fantasy', 'dragon', 'magic'],
  anime: ['anime', 'manga'],
  sports: ['sport', 'football', 'soccer', 'basketball', 'tennis', 'athlete'],
  law: ['law', 'legal', 'court', 'lawyer', 'contract'],
  workplace: ['workplace', 'office', 'colleague', 'manager', 'career', 'job'],
  pets: ['pet', 'dog', 'cat', 'puppy', 'kitten'],
  travel: ['travel', 'trip', 'flight', 'hotel', 'tourist', 'vacation'],
  health: ['health', 'doctor', 'medical', 'symptom', 'disease'],
  stories: ['story', 'stories', 'tale', 'narrative'],
  cars: ['car', 'vehicle', 'engine', 'driving'],
  gourmet_food: ['gourmet', 'recipe', 'cuisine', 'chef', 'restaurant', 'dish'],
  education: ['education', 'school', 'teacher', 'student', 'lesson'],
  current_events: ['news', 'election', 'current event', 'headline'],
  home_decor: ['decor', 'interior', 'furniture', 'living room'],
  international: ['international', 'global', 'countries', 'foreign'],
  finance: ['finance', 'money', 'invest', 'stock', 'budget', 'bank'],
  campus_life: ['campus', 'college', 'university', 'dorm'],
  digital_technology: ['technology', 'software', 'computer', 'digital', 'smartphone', 'internet'],
  music: ['music', 'song', 'album', 'band', 'concert'],
  reading: ['reading', 'book', 'novel', 'author'],
  painting: ['painting', 'painter', 'canvas'],
  dance: ['dance', 'dancing', 'ballet'],
  crafts: ['craft', 'knit', 'sewing', 'diy'],
  photography: ['photography', 'photo', 'camera', 'lens'],
  culture: ['culture', 'cultural', 'tradition', 'heritage'],
  fitness: ['fitness', 'workout', 'exercise', 'gym'],
  art: ['art', 'artist', 'museum', 'gallery'],
  stationery_and_planners: ['stationery', 'planner', 'notebook', 'journal'],
  celebrities: ['celebrity', 'celebrities', 'famous', 'star'],
  outdoors: ['outdoor', 'hiking', 'nature', 'trail'],
  camping: ['camping', 'tent', 'campfire'],
  social_sciences: ['sociology', 'economics', 'anthropology', 'social science'],
  weddings: ['wedding', 'bride', 'groom'],
  fashion: ['fashion', 'outfit', 'clothing', 'style'],
};

/**
 * The AlignX 90-dimension preference space (Li et al., arXiv 2503.15463) in the published
 * order, with pole labels and the declared mapping from detector attributes to dimensions.
 */
export const alignxSpace: PreferenceSpace = defineSpace({
  id: 'alignx-90',
  dimensions: ALIGNX_DIMENSIONS.map(
    ([id, group, positive, negative]): DimensionInput => ({
      id,
      group,
      positive,
      negative,
      measures: ALIGNX_MEASURES[id] ?? [],
      keywords: ALIGNX_KEYWORDS[id] ?? [],
    }),
  ),
});

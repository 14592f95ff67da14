import type { KnowledgeDocument } from './knowledge-document';
import { KnowledgeError } from './knowledge-error';

/** The id of a document without one: its position in the knowledge base. */
const defaultId = (position: number) => `doc-${position}`;

/**
 * Checks a knowledge base and returns its documents by id (given or `doc-<index>`), in order.
 * Throws a {@link KnowledgeError} naming the first bad document: nothing is dropped or
 * overwritten silently, a default id that is another document's id included.
 */
export function validateKnowledge(knowledge: unknown): Map<string, KnowledgeDocument> {
  if (!Array.isArray(knowledge)) {
    throw new KnowledgeError(
      'invalid-knowledge',
      'Offline model: `knowledge` must be an array of documents.',
    );
  }
  const given = new Map<string, number>();
  knowledge.forEach((document: Partial<Record<keyof KnowledgeDocument, unknown>> | null, index) => {
    const where = `Offline model: knowledge[${index}]`;
    if (typeof document !== 'object' || document === null) {
      throw new KnowledgeError('invalid-document', `${where} must be an object.`, index);
    }
    if (typeof document.title !== 'string' || document.title.trim() === '') {
      throw new KnowledgeError('missing-title', `${where}.title must be a non-empty string.`, index);
    }
    if (typeof document.body !== 'string' || document.body.trim() === '') {
      throw new KnowledgeError(
        'empty-body',
        `${where}.body must be a non-empty string (leave out documents with no text, such as drafts).`,
        index,
      );
    }
    for (const field of ['tags', 'questions'] as const) {
      const value = document[field];
      if (value !== undefined && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
        throw new KnowledgeError('invalid-list', `${where}.${field} must be an array of strings.`, index);
      }
    }
    if (document.url !== undefined && (typeof document.url !== 'string' || document.url === '')) {
      throw new KnowledgeError('invalid-url', `${where}.url must be a non-empty string.`, index);
    }
    if (document.id !== undefined) {
      if (typeof document.id !== 'string' || document.id === '') {
        const hint =
          typeof document.id === 'number' ? ` (got the number ${document.id}: use String(id))` : '';
        throw new KnowledgeError('invalid-id', `${where}.id must be a non-empty string${hint}.`, index);
      }
      const first = given.get(document.id);
      if (first !== undefined) {
        throw new KnowledgeError(
          'duplicate-id',
          `${where}.id "${document.id}" is used twice (also by knowledge[${first}]).`,
          index,
        );
      }
      given.set(document.id, index);
    }
  });
  const documents = new Map<string, KnowledgeDocument>();
  (knowledge as KnowledgeDocument[]).forEach((document, index) => {
    const id = document.id ?? defaultId(index);
    const other = given.get(id);
    if (document.id === undefined && other !== undefined) {
      throw new KnowledgeError(
        'duplicate-id',
        `Offline model: knowledge[${index}] has no id, and its default id "${id}" is used twice (also by knowledge[${other}]): give it an id.`,
        index,
      );
    }
    documents.set(id, document);
  });
  return documents;
}

import { describe, expect, it } from 'vitest';
import { articles } from '../../../../examples/support-site/knowledge/articles';
import { splitPassages } from '../../src/offline/split-passages';

const wordCount = (text: string) => text.split(/\s+/).filter((word) => word.length > 0).length;

describe('the support site knowledge base', () => {
  it('has at least 30 articles with unique slugs, id = slug', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length);
    for (const article of articles) {
      expect(article.id).toBe(article.slug);
      expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('keeps every article between 150 and 400 words, with a title and tags', () => {
    for (const article of articles) {
      expect(wordCount(article.body), article.slug).toBeGreaterThanOrEqual(150);
      expect(wordCount(article.body), article.slug).toBeLessThanOrEqual(400);
      expect(article.title.length).toBeGreaterThan(0);
      expect(article.tags.length).toBeGreaterThan(0);
    }
  });

  it('covers every help-centre category', () => {
    expect(new Set(articles.map((article) => article.category)).size).toBe(15);
  });

  it('has technical passages in several articles', () => {
    const technical = articles.filter((article) =>
      splitPassages(article, article.id).some((passage) => passage.technical),
    );
    expect(technical.length).toBeGreaterThanOrEqual(8);
  });

  it('states the same facts everywhere: return windows and the Plus price', () => {
    const text = articles.map((article) => article.body).join('\n');
    expect(text).toContain('£7.99 a month');
    expect(text).not.toMatch(/£(?!7\.99)\d+(?:\.\d+)? a month/);
    expect(text.match(/(\d+) days from delivery/g)?.every((found) => /^(30|60) days/.test(found))).toBe(true);
  });
});

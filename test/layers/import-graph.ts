import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import (static, type-only, re-export or `import()`) from a source file. */
export interface ImportEdge {
  /** The importing file, relative to the graph's root directory. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** The imported file relative to the root, for a relative specifier that resolves; else undefined. */
  to?: string;
}

const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const extension of ['', ...extensions]) {
    const path = base + extension;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/** Every import of every `.ts`/`.tsx` file under `directories`, paths relative to `root`. */
export function importGraph(root: string, directories: readonly string[]): ImportEdge[] {
  return directories.flatMap((directory) =>
    sourceFiles(join(root, directory)).flatMap((file) =>
      ts
        .preProcessFile(readFileSync(file, 'utf8'), true, true)
        .importedFiles.map(({ fileName: specifier }) => {
          const to = specifier.startsWith('.') ? resolveRelative(file, specifier) : undefined;
          return { from: relative(root, file), specifier, ...(to ? { to: relative(root, to) } : {}) };
        }),
    ),
  );
}

/** The layer rules of one source tree: which top-level folders each folder may import. */
export interface LayerRules {
  /** The tree the rules speak about, e.g. `packages/core/src`. */
  root: string;
  /** For each top-level folder (or root-level file without extension, e.g. `index`): the folders it may import. */
  allowed: Readonly<Record<string, readonly string[]>>;
  /** Imports of a folder allowed only from these files (a port), e.g. chat → alignment only from `chat/personalization.ts`. */
  ports?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

function layerOf(root: string, path: string): string | undefined {
  if (!path.startsWith(`${root}/`)) return undefined;
  const [first, ...rest] = path.slice(root.length + 1).split('/');
  return rest.length === 0 ? first?.replace(/\.tsx?$/, '') : first;
}

/** Imports that break the rules: into a folder not allowed, or around a port. One line per violation. */
export function layerViolations(edges: readonly ImportEdge[], rules: LayerRules): string[] {
  const violations: string[] = [];
  for (const { from, to, specifier } of edges) {
    if (!to) continue;
    const source = layerOf(rules.root, from);
    if (source === undefined) continue;
    const target = layerOf(rules.root, to);
    if (target === undefined) {
      violations.push(`${from} imports ${specifier}, outside ${rules.root}`);
      continue;
    }
    if (target === source) continue;
    const allowed = rules.allowed[source];
    if (!allowed) {
      violations.push(`${from}: folder "${source}" has no layer rule`);
      continue;
    }
    if (!allowed.includes(target)) {
      violations.push(`${from} imports ${specifier}: "${source}" may not import "${target}"`);
      continue;
    }
    const port = rules.ports?.[source]?.[target];
    if (port && !port.includes(relative(rules.root, from))) {
      violations.push(
        `${from} imports ${specifier}: "${source}" reaches "${target}" only through ${port.join(', ')}`,
      );
    }
  }
  return violations;
}

/** Every import cycle between files (each as the list of files around it), found by Tarjan's algorithm. */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!to) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)?.includes(node)) cycles.push(component.reverse());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * The built entry points as an app's bundler meets them (Next.js App Router with Turbopack, in
 * particular): the export maps point at files that exist, client-only modules carry
 * `"use client"`, everything else does not, and the server entry leaves its optional database
 * drivers to Node. Builds the packages first when `dist` is stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { driverImportHints, hiddenFromBundlers, OPTIONAL_DRIVERS } from '../support/driver-imports';
import { ensurePackagesBuilt, PACKAGES, repoRoot } from './support/built-packages';

/** A package's `exports` map: a subpath to a file, or to conditions naming files. */
type ExportMap = Record<string, string | Record<string, string>>;

const packageRoot = (name: string) => join(repoRoot, 'packages', name);
const read = (name: string, file: string) => readFileSync(join(packageRoot(name), file), 'utf8');
const exportsOf = (name: string) =>
  (JSON.parse(read(name, 'package.json')) as { exports: ExportMap }).exports;
const USE_CLIENT = /^(["'])use client\1;/;

/** The JavaScript files an export map names (`import` and `require` targets). */
function entryFiles(name: string, subpath: string): string[] {
  const target = exportsOf(name)[subpath];
  if (typeof target === 'string') return [target];
  return [target?.import, target?.require].filter((file): file is string => file !== undefined);
}

describe('the built entry points', () => {
  beforeAll(() => ensurePackagesBuilt(), 400_000);

  it('has a file, with its type declarations next to it, for every target of both export maps', () => {
    for (const name of PACKAGES) {
      for (const [subpath, target] of Object.entries(exportsOf(name))) {
        const files = typeof target === 'string' ? [target] : Object.values(target);
        for (const file of files)
          expect(existsSync(join(packageRoot(name), file)), `${name} ${subpath}: ${file}`).toBe(true);
        for (const file of entryFiles(name, subpath).filter((file) => /\.c?js$/.test(file))) {
          const declarations = file.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts');
          expect(
            existsSync(join(packageRoot(name), declarations)),
            `${name} ${subpath}: ${declarations}`,
          ).toBe(true);
        }
      }
    }
  });

  it('marks every module of the kit and the core hooks "use client", and no other core entry', () => {
    const kitModules = readdirSync(join(packageRoot('ui'), 'dist')).filter((file) => /\.c?js$/.test(file));
    expect(kitModules.length).toBeGreaterThan(2);
    for (const file of kitModules) expect(read('ui', `dist/${file}`), `ui dist/${file}`).toMatch(USE_CLIENT);
    for (const subpath of Object.keys(exportsOf('core')).filter((path) => path !== './package.json')) {
      for (const file of entryFiles('core', subpath)) {
        // Hooks call createContext at import: in a React Server Component that is a crash
        // ("createContext is not a function") unless the module is a client reference.
        if (subpath === './react') expect(read('core', file), file).toMatch(USE_CLIENT);
        else expect(read('core', file), file).not.toMatch(USE_CLIENT);
      }
    }
  });

  it('leaves the optional database drivers of the server entry to Node, hidden from the app bundler', () => {
    for (const file of entryFiles('core', './server')) {
      const code = read('core', file);
      for (const driver of OPTIONAL_DRIVERS) {
        const imports = driverImportHints(code, driver);
        expect(imports.length, `${file}: ${driver}`).toBeGreaterThan(0);
        for (const hints of imports) expect(hiddenFromBundlers(hints), `${file}: ${driver}`).toBe(true);
        expect(code, `${file}: ${driver}`).not.toMatch(new RegExp(`require\\(["']${driver}["']\\)`));
      }
    }
  });
});

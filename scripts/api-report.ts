// The public API of every entry point, as a declaration list read with the TypeScript compiler
// API: one committed file per entry point in api/, compared by `npm test`
// (test/api/api-report.test.ts). After an intended change of public API, run
// `npm run api:update` and commit the new test/api/reports/*.api.md with the change.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One published entry point: its import specifier, source file and report file. */
export interface EntryPoint {
  /** The import specifier, e.g. `@attune/core/alignment`. */
  specifier: string;
  /** The source index, relative to the repository root. */
  source: string;
  /** The report file, relative to the repository root. */
  report: string;
}

/** Every entry point of both packages, read from their package.json `exports`. */
export function entryPoints(): EntryPoint[] {
  return (['core', 'ui'] as const).flatMap((folder) => {
    const manifest = JSON.parse(readFileSync(`${root}packages/${folder}/package.json`, 'utf8')) as {
      name: string;
      exports: Record<string, unknown>;
    };
    return Object.keys(manifest.exports)
      .filter((path) => path === '.' || (!path.endsWith('.json') && !path.endsWith('.css')))
      .map((path) => {
        const sub = path === '.' ? '' : path.slice(2);
        return {
          specifier: sub ? `${manifest.name}/${sub}` : manifest.name,
          source: `packages/${folder}/src/${sub ? `${sub}/` : ''}index.ts`,
          report: `test/api/reports/${folder}${sub ? `-${sub}` : ''}.api.md`,
        };
      });
  });
}

/** One exported name of an entry point. */
export interface ExportedName {
  /** The exported name. */
  name: string;
  /** Its declaration, without comments or bodies. */
  declaration: string;
  /** True when its declaration carries a TSDoc comment. */
  documented: boolean;
}

const printer = ts.createPrinter({ removeComments: true });
const flags = ts.TypeFormatFlags.NoTruncation;

function declarationText(symbol: ts.Symbol, name: string, checker: ts.TypeChecker): string {
  const declarations = symbol.declarations ?? [];
  const first = declarations[0];
  if (!first) return `${name}: unknown`;
  const parts: string[] = [];
  for (const declaration of declarations) {
    if (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) {
      parts.push(printer.printNode(ts.EmitHint.Unspecified, declaration, declaration.getSourceFile()));
    } else if (ts.isFunctionDeclaration(declaration)) {
      const signature = checker.getSignatureFromDeclaration(declaration);
      if (signature && declaration.body)
        parts.push(`function ${name}${checker.signatureToString(signature, declaration, flags)};`);
    } else if (ts.isClassDeclaration(declaration)) {
      const heritage = (declaration.heritageClauses ?? []).map((clause) => ` ${clause.getText()}`).join('');
      const members = declaration.members
        .filter(
          (member) =>
            !(ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
        )
        .filter((member) => !(member.name && ts.isPrivateIdentifier(member.name)))
        .map((member) => {
          if (ts.isConstructorDeclaration(member) || ts.isMethodDeclaration(member)) {
            const signature = checker.getSignatureFromDeclaration(member);
            const label = ts.isConstructorDeclaration(member) ? 'constructor' : member.name.getText();
            return `  ${label}${signature ? checker.signatureToString(signature, member, flags) : '()'};`;
          }
          if (ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) {
            const modifiers =
              ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Readonly ? 'readonly ' : '';
            const type = checker.getTypeAtLocation(member);
            return `  ${modifiers}${member.name.getText()}: ${checker.typeToString(type, member, flags)};`;
          }
          return '';
        })
        .filter(Boolean);
      parts.push(`class ${name}${heritage} {\n${members.join('\n')}\n}`);
    } else if (ts.isVariableDeclaration(declaration)) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      parts.push(`const ${name}: ${checker.typeToString(type, declaration, flags)};`);
    } else {
      parts.push(`${ts.SyntaxKind[declaration.kind]} ${name}`);
    }
  }
  return portable(parts.join('\n'));
}

/** Names types from other files by package (`import("react")`) or repository path, never by absolute path. */
function portable(text: string): string {
  return text.replace(/import\("([^"]+)"\)/g, (_, path: string) => {
    const inPackage = /node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
    return `import("${inPackage ? inPackage[1] : path.replace(root, '')}")`;
  });
}

function hasDocumentation(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((declaration) => {
    const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    return ts.getJSDocCommentsAndTags(node).length > 0;
  });
}

function createProgram(entries: readonly EntryPoint[]): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('api-report: cannot read tsconfig.json');
  return ts.createProgram(
    entries.map((entry) => `${root}${entry.source}`),
    config.options,
  );
}

/** The exported names of each entry point, sorted by name. */
export function readExports(entries: readonly EntryPoint[] = entryPoints()): Map<EntryPoint, ExportedName[]> {
  const program = createProgram(entries);
  const checker = program.getTypeChecker();
  return new Map(
    entries.map((entry) => {
      const file = program.getSourceFile(`${root}${entry.source}`);
      const module = file && checker.getSymbolAtLocation(file);
      if (!module) throw new Error(`api-report: cannot read ${entry.source}`);
      const names = checker.getExportsOfModule(module).map((exported) => {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return {
          name: exported.name,
          declaration: declarationText(symbol, exported.name, checker),
          documented: hasDocumentation(symbol),
        };
      });
      return [entry, names.sort((a, b) => a.name.localeCompare(b.name))];
    }),
  );
}

/** The report of one entry point: a heading, the number of names and one declaration each. */
export function formatReport(entry: EntryPoint, names: readonly ExportedName[]): string {
  const body = names
    .map(({ name, declaration }) => `### ${name}\n\n\`\`\`ts\n${declaration}\n\`\`\``)
    .join('\n\n');
  return `# API report: \`${entry.specifier}\`\n\n${names.length} exported names. Generated by \`npm run api:update\` from \`${entry.source}\`; checked by \`npm test\`.\n\n${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--update')) {
  mkdirSync(`${root}api`, { recursive: true });
  for (const [entry, names] of readExports()) {
    writeFileSync(`${root}${entry.report}`, formatReport(entry, names));
    console.log(`${entry.report}: ${names.length} names`);
  }
}

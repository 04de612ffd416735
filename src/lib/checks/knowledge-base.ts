import type { z } from 'astro/zod';
import type { ComponentContext } from '../../schemas/content-components';
import { checkBody } from './body-checks';
import { checkFileSlug } from '../content/content-files';
import { COLLECTION_TABLE, trustOf, type CollectionSpec, type TrustSettings } from '../content/collections';
import type { ContentError, ContentWarning } from './errors';
import { snippetIncludesInText, type ComponentUse } from '../content-components/usage';
import type { BodyLink } from '../content/body-links';
import { parseYamlWithLines, splitFrontmatter, type ParsedYaml } from '../content/frontmatter';
import { parseMdxBody } from './mdx-syntax';
import { urls } from '../site/urls';
import { closeMatches } from '../text/close-matches';

export type { CollectionSpec } from '../content/collections';

/** A file under content/, with its path relative to the project root and to its collection's folder. */
export interface SourceFile {
  path: string;
  /** Path inside the collection's folder, with forward slashes, e.g. "billing/refunds.mdx". Default: read from `path`. */
  pathInFolder?: string;
  text: string;
}

/** "content/community/answers/q/ines.mdx" → "q/ines.mdx" for the answers folder. */
function pathInFolderOf(spec: CollectionSpec, file: SourceFile): string {
  if (file.pathInFolder !== undefined) return file.pathInFolder;
  const marker = `/${spec.dir}/`;
  const at = `/${file.path}`.lastIndexOf(marker);
  return at === -1 ? file.path.split('/').pop()! : `/${file.path}`.slice(at + marker.length);
}

/** The knowledge-base collections, as the checks below name them. */
export const COLLECTIONS = {
  categories: COLLECTION_TABLE.categories,
  sections: COLLECTION_TABLE.sections,
  authors: COLLECTION_TABLE.authors,
  articles: COLLECTION_TABLE.articles,
} satisfies Record<string, CollectionSpec>;

/** What parsing needs to know about the site: how far MDX is trusted, and what components may be given. */
export interface ParseOptions {
  trust: TrustSettings;
  componentContext: ComponentContext;
  /**
   * Whether MDX bodies are parsed and checked here (syntax, safe mode). A build leaves them to
   * the Markdown pipeline, which checks each file as it compiles it (src/markdown/content-guard.ts),
   * so that no file is parsed twice. Default: true.
   */
  checkBodies?: boolean;
}

/** Safe mode everywhere, every support-hours channel available, no snippets, images or public files: what a site without settings gets. */
export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
  trust: { articles: 'safe', faq: 'safe' },
  componentContext: { channelsWithHours: ['chat', 'requests', 'screenShare'], contentRoot: 'content', snippets: [], images: [], publicFiles: [] },
};


/** An entry whose frontmatter passed its schema, with a way back to the lines it came from. */
export interface ParsedEntry<T = Record<string, unknown>> {
  slug: string;
  file: string;
  data: T;
  lineOf: ParsedYaml['lineOf'];
  positionOf: ParsedYaml['positionOf'];
  /** Markdown body of MDX files; empty for YAML. */
  body: string;
  bodyFirstLine: number;
  /** The help center's components the body uses, at their file lines (MDX only). */
  uses?: ComponentUse[];
  /** Links and images written in the body, at their file lines, when the body was parsed here. */
  links?: BodyLink[];
  /** The anchors the body's headings get on its page, when the body was parsed here. */
  headingIds?: string[];
}

/** The raw value at a path of parsed YAML (zod does not report the input it rejected). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

function describeIssue(issue: z.core.$ZodIssue, spec: CollectionSpec, shapeKeys: string[], raw: unknown): { message: string; hint: string } {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${spec.name}`,
      hint: `check the spelling; the fields are: ${shapeKeys.join(', ')} (described in ${spec.schemaFile})`,
    };
  }
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) {
    return {
      message: `\`${field}\` is missing`,
      hint: `add \`${field}:\` to the frontmatter (expected ${issue.expected}; see ${spec.schemaFile})`,
    };
  }
  return {
    message: `\`${field || '(file)'}\` is not valid: ${issue.message}`,
    hint: `see the comment on \`${String(issue.path[0] ?? 'the schema')}\` in ${spec.schemaFile}`,
  };
}

/** Parses and schema-checks every file of one collection. Files with errors are left out of `entries`. */
export function parseCollection(spec: CollectionSpec, files: readonly SourceFile[], options: ParseOptions = DEFAULT_PARSE_OPTIONS): { entries: ParsedEntry[]; errors: ContentError[]; warnings: ContentWarning[] } {
  const entries: ParsedEntry[] = [];
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  const schema = spec.schema();
  const shapeKeys = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
  for (const file of files) {
    let yamlText = file.text;
    let firstLine = 1;
    let body = '';
    let bodyFirstLine = 1;
    if (spec.kind === 'mdx') {
      const split = splitFrontmatter(file.text);
      if (split.unclosed) {
        errors.push({
          code: 'unclosed-frontmatter', file: file.path, line: 1,
          message: 'the frontmatter that starts on line 1 is never closed',
          hint: 'add a line with just `---` after the last field',
        });
        continue;
      }
      if (split.yaml === undefined && spec.frontmatter === 'optional') {
        yamlText = '';
        firstLine = 1;
        body = file.text;
        bodyFirstLine = 1;
      } else if (split.yaml === undefined) {
        errors.push({
          code: 'missing-frontmatter', file: file.path, line: 1,
          message: 'the file has no frontmatter',
          hint: `start the file with a block between two \`---\` lines holding its fields (see ${spec.schemaFile})`,
        });
        continue;
      } else {
        yamlText = split.yaml;
        firstLine = split.yamlFirstLine;
        body = split.body;
        bodyFirstLine = split.bodyFirstLine;
      }
    }
    const yaml = parseYamlWithLines(yamlText, firstLine);
    if (yaml.errors.length) {
      for (const e of yaml.errors) {
        errors.push({
          code: 'yaml-syntax', file: file.path, line: e.line, column: e.column,
          message: `YAML syntax error: ${e.message}`,
          hint: 'check indentation, colons after field names, and quote values that contain ": " or start with a special character',
        });
      }
      continue;
    }
    const result = schema.safeParse(yaml.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({
          code: 'invalid-field', file: file.path,
          // An unknown key is reported at its own line, not at the object holding it.
          ...yaml.positionOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : (issue.path as PropertyKey[])),
          ...describeIssue(issue, spec, shapeKeys, yaml.data),
        });
      }
      continue;
    }
    const data = result.data as Record<string, unknown>;
    const pathInFolder = pathInFolderOf(spec, file);
    const badName = checkFileSlug(spec, file.path, pathInFolder, data);
    if (badName) {
      errors.push(badName);
      continue;
    }
    let uses: ComponentUse[] | undefined;
    let links: BodyLink[] | undefined;
    let headingIds: string[] | undefined;
    // Snippets are few and their includes of each other are needed for the cycle check, so they
    // are always read here; other bodies are left to the Markdown pipeline when checkBodies is off.
    if (spec.kind === 'mdx' && (options.checkBodies !== false || spec.name === 'snippets')) {
      // Parsed, never compiled: what safe mode refuses is found before any of it could run.
      const parsed = parseMdxBody(file.path, body, bodyFirstLine);
      const offset = bodyFirstLine - 1;
      const checked = parsed.tree
        ? checkBody(parsed.tree, { file: file.path, lineOffset: offset, collection: spec.name, trust: trustOf(spec, options.trust), componentContext: options.componentContext, source: body })
        : { errors: [], warnings: [], uses: [], links: [], headingIds: [] };
      // The entry stays: its fields are valid, so links and references to it are not
      // reported a second time as broken.
      errors.push(...parsed.errors, ...checked.errors);
      warnings.push(...checked.warnings);
      uses = checked.uses;
      links = checked.links;
      headingIds = checked.headingIds;
    } else if (spec.kind === 'mdx') {
      uses = snippetIncludesInText(body, bodyFirstLine - 1);
    }
    entries.push({
      slug: spec.idOf(pathInFolder, data),
      file: file.path,
      data,
      lineOf: yaml.lineOf,
      positionOf: yaml.positionOf,
      body,
      bodyFirstLine,
      uses,
      links,
      headingIds,
    });
  }
  return { entries, errors, warnings };
}

/** Two entries of one collection with the same slug would overwrite each other: report both. */
export function findDuplicateSlugs(spec: CollectionSpec, entries: readonly ParsedEntry[]): ContentError[] {
  const bySlug = new Map<string, ParsedEntry[]>();
  for (const e of entries) bySlug.set(e.slug, [...(bySlug.get(e.slug) ?? []), e]);
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((e) => ({
        code: 'duplicate-slug', file: e.file, ...(e.data.slug ? e.positionOf(['slug']) : { line: 1, column: 1 }),
        message: `the ${spec.name} slug "${e.slug}" is used by ${group.length} files: ${group.map((g) => g.file).join(', ')}`,
        hint: spec.idFromFileName === 'stem-unless-slug'
          ? 'rename one file, or give it another `slug:` in its frontmatter (and `redirectFrom:` if its old URL was public)'
          : spec.name === 'snippets'
            ? 'rename one file: <Snippet id="…" /> names a snippet by its file name, so two files of one name cannot both be included'
            : 'rename one file: its name is its address',
      })),
    );
}

/** Checks that a field names an existing entry of another collection. */
function checkReference(
  entry: ParsedEntry,
  field: string,
  known: ReadonlyMap<string, ParsedEntry>,
  what: string,
  dir: string,
): ContentError[] {
  const value = entry.data[field];
  if (typeof value !== 'string' || known.has(value)) return [];
  const close = closeMatches(value, known.keys());
  return [{
    code: `unknown-${what}`, file: entry.file, ...entry.positionOf([field]),
    message: `\`${field}: ${value}\` names no ${what}`,
    hint: `use the file name (without extension) of a file in content/${dir}/${close.length ? `, e.g. ${close.join(' or ')}` : ''}, or create content/${dir}/${value}.yaml`,
  }];
}

const bySlug = (entries: readonly ParsedEntry[]) => new Map(entries.map((e) => [e.slug, e]));

export interface KnowledgeBase {
  categories: ParsedEntry[];
  sections: ParsedEntry[];
  authors: ParsedEntry[];
  articles: ParsedEntry[];
}

/** Cross-file checks of the knowledge base: references, subsection loops, redirect clashes. */
export function checkKnowledgeBase(kb: KnowledgeBase, options: { production: boolean }): ContentError[] {
  const errors: ContentError[] = [];
  const categories = bySlug(kb.categories);
  const sections = bySlug(kb.sections);
  const authors = bySlug(kb.authors);

  for (const s of kb.sections) {
    errors.push(...checkReference(s, 'category', categories, 'category', 'categories'));
    const parentSlug = s.data.parent as string | undefined;
    if (parentSlug === undefined) continue;
    const parent = sections.get(parentSlug);
    if (!parent) {
      errors.push(...checkReference(s, 'parent', sections, 'section', 'sections'));
    } else if (parent.data.category !== s.data.category) {
      errors.push({
        code: 'parent-in-other-category', file: s.file, ...s.positionOf(['parent']),
        message: `the parent section "${parentSlug}" is in category "${String(parent.data.category)}", this section in "${String(s.data.category)}"`,
        hint: 'a subsection must be in the same category as its parent: change `category:` or `parent:`',
      });
    }
    const seen = new Set([s.slug]);
    for (let p = parent; p; p = sections.get(p.data.parent as string)) {
      if (seen.has(p.slug)) {
        errors.push({
          code: 'section-loop', file: s.file, ...s.positionOf(['parent']),
          message: `sections form a loop through \`parent\`: ${[...seen, p.slug].join(' → ')}`,
          hint: 'one of these sections must have no `parent:` (be directly in its category)',
        });
        break;
      }
      seen.add(p.slug);
      if (!p.data.parent) break;
    }
  }

  const live = kb.articles.filter((a) => !(options.production && a.data.draft));
  const liveUrls = new Set(live.map((a) => urls.article(a.slug)));
  const redirectOwners = new Map<string, ParsedEntry>();
  for (const a of kb.articles) {
    errors.push(...checkReference(a, 'section', sections, 'section', 'sections'));
    errors.push(...checkReference(a, 'author', authors, 'author', 'authors'));
    errors.push(...checkReference(a, 'owner', authors, 'author', 'authors'));
    // A draft's redirects are not written in production, so they cannot clash there.
    if (options.production && a.data.draft) continue;
    for (const [i, from] of ((a.data.redirectFrom as string[]) ?? []).entries()) {
      const normalised = from.endsWith('/') ? from : `${from}/`;
      const at = a.positionOf(['redirectFrom', i]);
      if (liveUrls.has(normalised)) {
        errors.push({
          code: 'redirect-shadows-page', file: a.file, ...at,
          message: `\`redirectFrom\` lists ${from}, which is the address of a published article`,
          hint: 'remove it from `redirectFrom`: a redirect cannot replace a page that still exists',
        });
      }
      const owner = redirectOwners.get(normalised);
      if (owner && owner !== a) {
        errors.push({
          code: 'redirect-claimed-twice', file: a.file, ...at,
          message: `${from} already redirects to ${owner.file}`,
          hint: 'an old address can lead to one article only: remove it from one of the two files',
        });
      }
      redirectOwners.set(normalised, a);
    }
  }
  errors.push(...findDuplicateSlugs(COLLECTIONS.articles, kb.articles));
  for (const spec of [COLLECTIONS.categories, COLLECTIONS.sections, COLLECTIONS.authors]) {
    errors.push(...findDuplicateSlugs(spec, kb[spec.name as keyof KnowledgeBase]));
  }
  return errors;
}

/** Old paths → new URLs, from every published article's `redirectFrom`. */
export function redirectsOf(articles: readonly ParsedEntry[], options: { production: boolean }): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const a of articles) {
    if (options.production && a.data.draft) continue;
    for (const from of (a.data.redirectFrom as string[]) ?? []) redirects[from] = urls.article(a.slug);
  }
  return redirects;
}

// Name, version and home of this package, read from package.json at build time (esbuild inlines it).
import pkg from '../../../package.json';

interface PackageJson {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const info = pkg as PackageJson;

export const VERSION: string = info.version;

function clean(url: string): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/#.*$/, '').replace(/\/$/, '');
}

/** The source repository, e.g. https://github.com/owner/rsplint. */
export const REPOSITORY_URL: string = clean(
  (typeof info.repository === 'string' ? info.repository : info.repository?.url) ?? 'https://www.npmjs.com/package/rsplint',
);

/** Where a user reads about the tool. */
export const HOMEPAGE: string = info.homepage ? clean(info.homepage) : REPOSITORY_URL;

/** Absolute URL of a file in the repository, such as a rule's docs page (docs/rules/<id>.md). */
export function repositoryFileUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/main/${path}`;
}

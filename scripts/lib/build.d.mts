// Types of the build functions the tests call (build.mjs is plain JavaScript).
export declare const ROOT: string;
export declare const CLI_BUNDLE: string;
/** Writes the CLI bin to `outfile` (by default CLI_BUNDLE) and its code beside it; returns the paths written, the entry first. */
export declare function bundleCli(outfile?: string): Promise<string[]>;
/** The GitHub Action bundle's text, built in memory. */
export declare function bundleAction(): Promise<string>;

// Types of the build functions the tests call (build.mjs is plain JavaScript).
export declare const ROOT: string;
export declare const CLI_BUNDLE: string;
/** The CLI bundle's text, built in memory. */
export declare function bundleCli(): Promise<string>;
/** The GitHub Action bundle's text, built in memory. */
export declare function bundleAction(): Promise<string>;
